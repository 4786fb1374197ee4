using System.Net;
using System.Text.Json.Nodes;
using ArticleQA.Bot.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleQA.Bot.Tests.Hostile;

/// <summary>The bot host with room for three conversations and the default token rate.</summary>
public sealed class SmallStoreBotFactory : BotFactory
{
    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["ArticleQA:DirectLine:MaxConversations"] = "3",
    };
}

/// <summary>The bot host with tiny polling allowance, stored text and pages.</summary>
public sealed class TightDirectLineBotFactory : BotFactory
{
    public const int Polls = 5;

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["ArticleQA:DirectLine:PollsPerMinute"] = Polls.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ArticleQA:DirectLine:MaxStoredTextChars"] = "1000",
        ["ArticleQA:DirectLine:PageActivities"] = "2",
    };
}

/// <summary>Findings 3 and 4: a token flood ends no live conversation; new conversations wait when every slot is active.</summary>
public sealed class TokenFloodTests(SmallStoreBotFactory factory, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<SmallStoreBotFactory>
{
    [Fact]
    public async Task TokenFlood_FromOneAddress_Gets429AndTheLiveConversationStillAnswers()
    {
        using var client = factory.CreateClient();
        var live = await DirectLineSession.StartAsync(client);
        var statuses = new List<HttpStatusCode>();
        var retryAfterOnEvery429 = true;

        for (var i = 0; i < 1100; i++)
        {
            using var response = await client.PostAsync(DirectLineSession.Api + "/tokens/generate", null);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) retryAfterOnEvery429 &= response.Headers.RetryAfter?.Delta > TimeSpan.Zero;
        }

        await live.SayAsync("How much has Xiaomi invested in R&D?");
        var (activities, _) = await live.ActivitiesAsync();

        output.WriteLine($"1,100 token requests from one address: {statuses.Count(s => s == HttpStatusCode.OK)} issued, {statuses.Count(s => s == HttpStatusCode.TooManyRequests)} got 429");
        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.True(statuses.Count(s => s == HttpStatusCode.TooManyRequests) >= 1000);
        Assert.True(retryAfterOnEvery429);
        Assert.Contains("105 billion", activities.Last().GetProperty("text").GetString());
        Assert.Equal(1, factory.Services.GetRequiredService<DirectLineConversationStore>().Count);
    }
}

/// <summary>Finding 4: when only recently active conversations remain, a new one gets 503 with Retry-After.</summary>
public sealed class FullStoreTests(SmallStoreBotFactory factory) : IClassFixture<SmallStoreBotFactory>
{
    [Fact]
    public async Task Start_WhenEveryConversationIsActive_Is503AndTheActiveOnesStay()
    {
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<DirectLineConversationStore>();
        var sessions = new List<DirectLineSession>();
        while (store.Count < 3) sessions.Add(await DirectLineSession.StartAsync(client));

        using var refused = await client.PostAsync(DirectLineSession.Api + "/conversations", null);
        await sessions[0].SayAsync("Who is Lei Jun?");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(3, store.Count);
    }
}

/// <summary>Findings 3 and 1: polling is rate-limited per address and paged; stored text is capped.</summary>
public sealed class DirectLineLimitTests(TightDirectLineBotFactory factory) : IClassFixture<TightDirectLineBotFactory>
{
    [Fact]
    public async Task Post_LongText_IsStoredCut()
    {
        var session = await DirectLineSession.StartAsync(factory.CreateClient());

        var id = await session.SayAsync(new string('a', 100_000));
        var stored = factory.Services.GetRequiredService<DirectLineConversationStore>().Find(session.ConversationId)!.After(0).Activities.Single(a => a.Id == id);

        Assert.InRange(stored.Text.Length, 1, 1001);
    }

    [Fact]
    public async Task Poll_PastTheAddressAllowance_Is429WithRetryAfter_AndEachPollIsOnePage()
    {
        var session = await DirectLineSession.StartAsync(factory.CreateClient());
        await session.SayAsync("Who is Lei Jun?");
        var statuses = new List<HttpStatusCode>();
        JsonNode? firstPage = null;
        TimeSpan? retryAfter = null;

        for (var i = 0; i < TightDirectLineBotFactory.Polls + 5; i++)
        {
            using var response = await session.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}/activities?watermark=0", session.Token);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.OK) firstPage ??= JsonNode.Parse(await response.Content.ReadAsStringAsync());
            else retryAfter ??= response.Headers.RetryAfter?.Delta;
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.True(retryAfter > TimeSpan.Zero);
        Assert.Equal(2, firstPage!["activities"]!.AsArray().Count);
        Assert.Equal("2", (string?)firstPage["watermark"]);
    }
}
