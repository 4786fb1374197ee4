using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ArticleQA.IntegrationTests;

/// <summary>
/// <c>articleqa eval --endpoint</c> as a team runs it against a deployed bot: the bot host in a
/// process of its own on an ephemeral port, the CLI in another, talking the Bot Framework protocol.
/// </summary>
public sealed partial class EndpointEvalTests : IAsyncLifetime
{
    private readonly TempFolder _data = new();
    private Process? _bot;
    private Uri? _messages;

    public async Task InitializeAsync()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _data.Path,
        };
        start.ArgumentList.Add(Path.Combine(TestPaths.Root, "src", "ArticleQA.Bot", "bin", configuration, "net10.0", "ArticleQA.Bot.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ArticleQA__CorpusPath"] = TestPaths.Corpus;
        start.Environment["ArticleQA__DataPath"] = Path.Combine(_data.Path, "bot-data");
        start.Environment["Logging__LogLevel__Default"] = "Information";
        _bot = Process.Start(start)!;
        _ = _bot.StandardError.ReadToEndAsync();

        // The host logs the address it bound; the first question waits for the index if it is still loading.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await _bot.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (Listening().Match(line) is { Success: true } match)
            {
                _messages = new Uri(new Uri(match.Groups[1].Value), "/api/messages");
                break;
            }
        }

        Assert.NotNull(_messages);
        _ = _bot.StandardOutput.ReadToEndAsync();
    }

    [Fact]
    public async Task Eval_Endpoint_ScoresTheRunningBotAndWritesItsReport()
    {
        var set = Path.Combine(_data.Path, "endpoint.jsonl");
        await File.WriteAllLinesAsync(set,
        [
            """{"id":"a","question":"How many lighthouse factories are in China?","expected":{"contains":[["79"]],"support":["To date, China is home to 79 lighthouse factories"]},"tags":["numeric"]}""",
            """{"id":"b","question":"How much has his company invested in R&D?","history":["Who is Lei Jun?"],"expected":{"contains":[["105 billion"]],"support":["has invested 105 billion yuan ($14 billion) in research and development"]},"tags":["follow-up"]}""",
            """{"id":"c","question":"Who won the 1998 football World Cup?","expected":{"unanswerable":true},"tags":["unanswerable"]}""",
        ]);
        var output = Path.Combine(_data.Path, "endpoint.json");
        var report = Path.Combine(_data.Path, "endpoint-report");

        var run = await CliProcess.RunAsync(_data.Path,
            ["eval", set, "--out", output, "--endpoint", _messages!.ToString(), "--parallel", "2", "--report", report,
             "--min", "answer_accuracy=1", "--min", "citation_recall=1", "--min", "abstention_accuracy=1"], null);

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var items = results.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["a", "b", "c"], items.Select(i => i.GetProperty("id").GetString()));
        Assert.All(items, i => Assert.Equal("bot-endpoint", i.GetProperty("answerer").GetString()));
        Assert.Contains("105 billion", items[1].GetProperty("answer").GetString());
        Assert.True(items[2].GetProperty("abstained").GetBoolean());
        Assert.Contains("retrieval is not visible", await File.ReadAllTextAsync(Path.Combine(report, "report.md")));
    }

    public Task DisposeAsync()
    {
        if (_bot is { HasExited: false }) _bot.Kill(entireProcessTree: true);
        _bot?.Dispose();
        _data.Dispose();
        return Task.CompletedTask;
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
