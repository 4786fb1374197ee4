using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace ArticleQA.Bot.Tests.Fuzz;

/// <summary>
/// Property: whatever arrives at /api/messages, the bot answers with a status below 500 (501 for an
/// invoke it does not know, as the protocol says), in bounded time, and a well-formed message with
/// expectReplies always gets at least one reply.
/// </summary>
public sealed class BotFuzzTests(BotFactory factory) : IClassFixture<BotFactory>
{
    // A hang guard, not a timing assertion: far above any real turn.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public Task RandomActivities_NeverA500_AlwaysAResponse() =>
        ActivityGen.Activity.SampleAsync(async activity =>
        {
            var (status, body) = await PostAsync(activity.ToJsonString());

            var isInvoke = activity["type"]?.GetValueKind() == JsonValueKind.String && (string?)activity["type"] == "invoke";
            Assert.True((int)status < 500 || (isInvoke && status == HttpStatusCode.NotImplemented), $"HTTP {(int)status} for {Shorten(activity.ToJsonString())}");
            if (status == HttpStatusCode.OK && IsPlainMessageExpectingReplies(activity))
            {
                using var replies = JsonDocument.Parse(body);
                Assert.Contains(replies.RootElement.GetProperty("activities").EnumerateArray(), a => a.GetProperty("type").GetString() == "message");
            }
        }, iter: 150);

    [Fact]
    public Task RandomBodies_NeverA500() =>
        ActivityGen.RawBody.SampleAsync(async body =>
        {
            var (status, _) = await PostAsync(body);

            Assert.True((int)status < 500, $"HTTP {(int)status} for {Shorten(body)}");
        }, iter: 150);

    [Fact]
    public Task RandomTexts_InAWellFormedMessage_AreAnsweredWithText() =>
        ActivityGen.Text.SampleAsync(async text =>
        {
            var (status, body) = await PostAsync(Activities.Message(text, Activities.NewConversation()).ToJsonString());

            if (status == HttpStatusCode.RequestEntityTooLarge) return;
            Assert.Equal(HttpStatusCode.OK, status);
            using var replies = JsonDocument.Parse(body);
            var messages = replies.RootElement.GetProperty("activities").EnumerateArray().Where(a => a.GetProperty("type").GetString() == "message").ToList();
            Assert.NotEmpty(messages);
            Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("text").GetString())));
            Assert.All(messages, m => Assert.DoesNotContain("Exception", m.GetProperty("text").GetString()));
        }, iter: 150);

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string json)
    {
        using var guard = new CancellationTokenSource(HangGuard);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync(Activities.Endpoint, content, guard.Token);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(guard.Token));
    }

    private static bool IsPlainMessageExpectingReplies(JsonObject activity) =>
        (string?)activity["type"] == "message"
        && (string?)activity["deliveryMode"] == "expectReplies"
        && activity["text"]?.GetValueKind() == JsonValueKind.String
        && activity["conversation"] is JsonObject { } conversation && conversation["id"] is JsonValue
        && activity["from"] is JsonObject
        && activity["serviceUrl"]?.ToString() == "http://127.0.0.1:9/";

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
