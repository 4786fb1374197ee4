using System.Net.Http.Json;
using System.Text.Json;
using ArticleQA.LoadTest;
using StackExchange.Redis;

namespace ArticleQA.Bot.Tests.State;

/// <summary>Two bot processes sharing one Redis hold one conversation: turns of a conversation alternate between them.</summary>
public sealed class SharedStateTests(TwoInstancesFixture instances) : IClassFixture<TwoInstancesFixture>
{
    private const int Conversations = 10;

    [Fact]
    public async Task ConcurrentConversations_TurnsOnAlternateInstances_EveryFollowUpAnswered()
    {
        using var client = new HttpClient();
        var options = new LoadOptions { BaseUrls = [instances.A.BaseUrl, instances.B.BaseUrl], Conversations = Conversations, Turns = 2 };

        var report = await new LoadRunner(client).RunAsync(options);

        Assert.True(report.Errors == 0, report.Summary());
        Assert.Equal((Conversations, Conversations), report.FollowUps);
        // Every conversation's two turns were served by different instances.
        Assert.All(report.Turns.GroupBy(t => t.Conversation), g => Assert.Equal(2, g.Select(t => t.Instance).Distinct().Count()));
    }

    [Fact]
    public async Task FourTurns_AlternatingInstances_EachFollowUpSeesTheTurnBefore()
    {
        using var client = new HttpClient();
        var options = new LoadOptions { BaseUrls = [instances.A.BaseUrl, instances.B.BaseUrl], Conversations = 3, Turns = 4 };

        var report = await new LoadRunner(client).RunAsync(options);

        Assert.True(report.Errors == 0, report.Summary());
        Assert.Equal((6, 6), report.FollowUps);
    }

    [Fact]
    public async Task Conversation_IsStoredInRedis_WithATimeToLive()
    {
        using var client = new HttpClient();
        var conversation = Activities.NewConversation();
        using var response = await client.PostAsJsonAsync(new Uri(instances.A.BaseUrl, "api/messages"), Activities.Message("Who is Lei Jun?", conversation));
        response.EnsureSuccessStatusCode();

        await using var redis = await ConnectionMultiplexer.ConnectAsync(instances.Redis.ConnectionString);
        var key = $"articleqa:state:msteams/conversations/{conversation}";
        var json = await redis.GetDatabase().HashGetAsync(key, "json");
        var ttl = await redis.GetDatabase().KeyTimeToLiveAsync(key);

        using var state = JsonDocument.Parse(json.ToString());
        Assert.Equal("Who is Lei Jun?", state.RootElement.GetProperty("history").GetProperty("Turns")[0].GetProperty("Question").GetString());
        Assert.NotNull(ttl);
        Assert.True(ttl > TimeSpan.Zero);
    }

    [Fact]
    public async Task SameConversation_TurnsOnBothInstancesAtOnce_NoTurnIsLost()
    {
        using var client = new HttpClient();
        var conversation = Activities.NewConversation();
        await PostAsync(client, instances.A.BaseUrl, "Who is Lei Jun?", conversation);

        // Each round sends two turns at the same moment, one to each instance: both read the same
        // ETag, one write conflicts, and that turn must be applied again to the newer history.
        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(
                PostAsync(client, instances.A.BaseUrl, "How much has Xiaomi invested in R&D?", conversation),
                PostAsync(client, instances.B.BaseUrl, "Who is Pan Jiaofeng?", conversation));
        }

        await using var redis = await ConnectionMultiplexer.ConnectAsync(instances.Redis.ConnectionString);
        var json = await redis.GetDatabase().HashGetAsync($"articleqa:state:msteams/conversations/{conversation}", "json");
        using var state = JsonDocument.Parse(json.ToString());
        var questions = state.RootElement.GetProperty("history").GetProperty("Turns").EnumerateArray().Select(t => t.GetProperty("Question").GetString()).ToList();
        Assert.Equal(7, questions.Count);
        Assert.Equal(3, questions.Count(q => q == "Who is Pan Jiaofeng?"));
        Assert.Equal(3, questions.Count(q => q == "How much has Xiaomi invested in R&D?"));
    }

    [Fact]
    public async Task Healthz_ReportsIndexAndRedis()
    {
        using var client = new HttpClient();

        var health = await client.GetFromJsonAsync<JsonElement>(new Uri(instances.B.BaseUrl, "healthz"));

        Assert.Equal("ready", health.GetProperty("index").GetString());
        Assert.Equal("redis ok", health.GetProperty("state").GetString());
    }

    private static async Task PostAsync(HttpClient client, Uri instance, string text, string conversation)
    {
        using var response = await client.PostAsJsonAsync(new Uri(instance, "api/messages"), Activities.Message(text, conversation));
        response.EnsureSuccessStatusCode();
    }
}
