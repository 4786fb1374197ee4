using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArticleQA.Bot.Tests;

/// <summary>Builds activities as a channel sends them and reads the bot's replies.</summary>
internal static class Activities
{
    public const string Endpoint = "/api/messages";

    /// <summary>A message from a user; with <paramref name="expectReplies"/> the replies come back in the response.</summary>
    public static JsonObject Message(
        string text, string conversationId, string channelId = "msteams", bool expectReplies = true, string serviceUrl = "http://127.0.0.1:9/")
    {
        var activity = Base("message", conversationId, channelId, serviceUrl);
        activity["text"] = text;
        if (expectReplies) activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    /// <summary>An activity of any type in a conversation.</summary>
    public static JsonObject Base(string type, string conversationId, string channelId = "msteams", string serviceUrl = "http://127.0.0.1:9/") => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = channelId,
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Tester" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "ArticleQA" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
    };

    /// <summary>A conversation id no other test uses.</summary>
    public static string NewConversation() => "conv-" + Guid.NewGuid().ToString("N");

    /// <summary>Posts <paramref name="activity"/> and returns the replies of an expectReplies request.</summary>
    public static async Task<IReadOnlyList<JsonElement>> ExchangeAsync(HttpClient client, JsonObject activity)
    {
        using var response = await client.PostAsJsonAsync(Endpoint, activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToList();
    }

    /// <summary>The message replies (typing indicators left out).</summary>
    public static IReadOnlyList<JsonElement> Messages(IEnumerable<JsonElement> replies) =>
        replies.Where(r => r.GetProperty("type").GetString() == "message").ToList();

    /// <summary>The schema.org Message entities of a reply.</summary>
    public static IReadOnlyList<JsonElement> MessageEntities(JsonElement reply) =>
        reply.TryGetProperty("entities", out var entities)
            ? entities.EnumerateArray().Where(e => e.GetProperty("type").GetString() == "https://schema.org/Message").ToList()
            : [];

    /// <summary>Posts raw text as JSON.</summary>
    public static Task<HttpResponseMessage> PostRawAsync(HttpClient client, string body, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return client.SendAsync(request);
    }
}
