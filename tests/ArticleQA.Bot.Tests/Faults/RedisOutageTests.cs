using System.Net.Http.Json;
using System.Text.Json;
using ArticleQA.Bot.Bots;
using ArticleQA.Bot.Tests.Processes;

namespace ArticleQA.Bot.Tests.Faults;

/// <summary>
/// Redis down at start or in the middle of a conversation: the bot still answers single questions,
/// says in one line that the context may be lost, and keeps conversations again once Redis is back.
/// Each test runs its own redis-server and stops and starts it for real.
/// </summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(60);
    private readonly string _data = TestRepository.NewTempFolder("redis-outage");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(_data, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task RedisDownMidConversation_AnswersSingleQuestionsWithANotice_ThenRecovers()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var factory = new RedisBotFactory(redis.ConnectionString, _data);
        using var client = factory.CreateClient();
        var conversation = Activities.NewConversation();
        var first = Texts(await Activities.ExchangeAsync(client, Activities.Message("Who is Lei Jun?", conversation)));
        Assert.DoesNotContain(ArticleQABot.ContextMayBeLost, first);

        await redis.StopAsync();
        var during = Texts(await Activities.ExchangeAsync(client, Activities.Message("How much has Xiaomi invested in R&D?", conversation)));
        Assert.Contains(during, t => t.Contains("105 billion", StringComparison.Ordinal));
        Assert.Equal(ArticleQABot.ContextMayBeLost, Assert.Single(during, t => t.Contains("conversation memory", StringComparison.Ordinal)));
        Assert.Single(ArticleQABot.ContextMayBeLost.Split('\n'));
        Assert.Equal("redis unavailable", await StateHealthAsync(client));

        await redis.RestartAsync();
        await WaitForStateAsync(client, "redis ok");
        var fresh = Activities.NewConversation();
        await Activities.ExchangeAsync(client, Activities.Message("Who is Lei Jun?", fresh));
        var followUp = Texts(await Activities.ExchangeAsync(client, Activities.Message("How much has his company invested in R&D?", fresh)));
        Assert.Contains(followUp, t => t.Contains("105 billion", StringComparison.Ordinal));
        Assert.DoesNotContain(ArticleQABot.ContextMayBeLost, followUp);
    }

    [Fact]
    public async Task RedisDownAtStart_BotStartsAndAnswersWithANotice_ThenRecoversWhenRedisStarts()
    {
        await using var redis = RedisServer.NotStarted();
        await using var factory = new RedisBotFactory(redis.ConnectionString, _data);
        using var client = factory.CreateClient();

        var answer = Texts(await Activities.ExchangeAsync(client, Activities.Message("How much has Xiaomi invested in R&D?", Activities.NewConversation())));
        Assert.Contains(answer, t => t.Contains("105 billion", StringComparison.Ordinal));
        Assert.Contains(ArticleQABot.ContextMayBeLost, answer);

        await redis.RestartAsync();
        await WaitForStateAsync(client, "redis ok");
        var conversation = Activities.NewConversation();
        await Activities.ExchangeAsync(client, Activities.Message("Who is Lei Jun?", conversation));
        var followUp = Texts(await Activities.ExchangeAsync(client, Activities.Message("How much has his company invested in R&D?", conversation)));
        Assert.Contains(followUp, t => t.Contains("105 billion", StringComparison.Ordinal));
        Assert.DoesNotContain(ArticleQABot.ContextMayBeLost, followUp);
    }

    private static List<string> Texts(IEnumerable<JsonElement> replies) =>
        Activities.Messages(replies).Select(r => r.GetProperty("text").GetString() ?? "").ToList();

    private static async Task<string?> StateHealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/healthz");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString();
    }

    // The client reconnects in the background; poll the health endpoint until it says so.
    private static async Task WaitForStateAsync(HttpClient client, string expected)
    {
        using var deadline = new CancellationTokenSource(RecoveryTimeout);
        while (await StateHealthAsync(client) != expected)
        {
            if (deadline.IsCancellationRequested) throw new TimeoutException($"/healthz did not report '{expected}' within {RecoveryTimeout.TotalSeconds:F0} s.");
            await Task.Delay(100, CancellationToken.None);
        }
    }
}
