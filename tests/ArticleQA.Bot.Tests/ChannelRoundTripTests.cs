using System.Net;
using System.Net.Http.Json;

namespace ArticleQA.Bot.Tests;

/// <summary>Replies travel to the channel's serviceUrl, as in production, not in the HTTP response.</summary>
public sealed class ChannelRoundTripTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Message_NormalDelivery_PostsTypingThenCitedAnswerToServiceUrl()
    {
        await using var channel = await LoopbackChannel.StartAsync();
        var conversation = Activities.NewConversation();
        var activity = Activities.Message("How much has Xiaomi invested in R&D?", conversation, expectReplies: false, serviceUrl: channel.ServiceUrl);

        // The adapter sends every reply before it answers the channel's POST.
        using var response = await _client.PostAsJsonAsync(Activities.Endpoint, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = channel.Received;
        Assert.Equal(["typing", "message"], received.Select(r => r.Activity.GetProperty("type").GetString()));
        Assert.All(received, r => Assert.Equal(conversation, r.ConversationId));
        Assert.All(received, r => Assert.Equal(activity["id"]!.GetValue<string>(), r.ReplyToId));
        var answer = received[1].Activity;
        Assert.Contains("105 billion", answer.GetProperty("text").GetString());
        Assert.Contains("[1]", answer.GetProperty("text").GetString());
        Assert.Single(Activities.MessageEntities(answer));
    }
}
