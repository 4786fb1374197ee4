using System.Net.Http.Json;
using System.Text.Json;
using ArticleQA.Bot.Tests.Processes;

namespace ArticleQA.Bot.Tests.Faults;

/// <summary>SIGTERM stops the bot gracefully: requests already being answered complete first.</summary>
public sealed class GracefulShutdownTests : IAsyncLifetime
{
    // Enough that most are still queued when the first answer is back (with no shutdown grace, most fail).
    private const int Requests = 60;
    private readonly string _data = TestRepository.NewTempFolder("shutdown");
    private BotProcess _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await BotProcess.StartAsync(new Dictionary<string, string> { ["ArticleQA__DataPath"] = _data });

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Sigterm_WhileAnswering_InFlightRequestsGetTheirAnswersAndTheProcessExitsCleanly()
    {
        using var client = new HttpClient();
        // Open the connections first, so that every request below is sent on a connection the server has accepted.
        await Task.WhenAll(Enumerable.Range(0, Requests).Select(_ => client.GetAsync(new Uri(_bot.BaseUrl, "healthz"))));
        var inFlight = Enumerable.Range(0, Requests)
            .Select(_ => client.PostAsJsonAsync(new Uri(_bot.BaseUrl, "api/messages"), Activities.Message("How much has Xiaomi invested in R&D?", Activities.NewConversation())))
            .ToList();

        // Once one answer is back the server is busy with the rest: stop it now.
        await Task.WhenAny(inFlight);
        var pendingAtSigterm = inFlight.Count(t => !t.IsCompleted);
        await _bot.TerminateAsync();
        var responses = await Task.WhenAll(inFlight);
        await _bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        foreach (var response in responses)
        {
            Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}");
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains(body.RootElement.GetProperty("activities").EnumerateArray(), a => a.TryGetProperty("text", out var t) && t.GetString()!.Contains("105 billion", StringComparison.Ordinal));
            response.Dispose();
        }

        Assert.True(pendingAtSigterm > 0, "every request had finished before SIGTERM, so nothing was in flight");
        Assert.Equal(0, _bot.ExitCode);
        Assert.Contains(_bot.Output.Text.Split('\n'), l => l.Contains("Application is shutting down", StringComparison.Ordinal));
    }
}
