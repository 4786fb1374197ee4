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
