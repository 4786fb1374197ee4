using System.Net;
using System.Net.Http.Json;

namespace ArticleQA.Bot.Tests;

/// <summary>Each conversation has its own allowance of activities.</summary>
public sealed class RateLimitTests(RateLimitedBotFactory factory) : IClassFixture<RateLimitedBotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_OverConversationAllowance_Is429AndOtherConversationsGoOn()
    {
        var busy = Activities.NewConversation();
        for (var i = 0; i < RateLimitedBotFactory.Allowance; i++)
        {
            using var allowed = await _client.PostAsJsonAsync(Activities.Endpoint, Activities.Message("help", busy));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await _client.PostAsJsonAsync(Activities.Endpoint, Activities.Message("help", busy));
        using var other = await _client.PostAsJsonAsync(Activities.Endpoint, Activities.Message("help", Activities.NewConversation()));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}

/// <summary>Direct Line posts count against the same per-conversation allowance.</summary>
public sealed class DirectLineRateLimitTests(RateLimitedBotFactory factory) : IClassFixture<RateLimitedBotFactory>
{
    [Fact]
    public async Task Post_OverConversationAllowance_Is429AndAddsNothing()
    {
        var session = await DirectLineSession.StartAsync(factory.CreateClient());
        for (var i = 0; i < RateLimitedBotFactory.Allowance; i++) await session.SayAsync("help");
        var (before, _) = await session.ActivitiesAsync();

        using var limited = await session.SendAsync(HttpMethod.Post, $"/conversations/{session.ConversationId}/activities", session.Token, """{"type":"message","text":"help"}""");
        var (after, _) = await session.ActivitiesAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(before.Count, after.Count);
    }
}
