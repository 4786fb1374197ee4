using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ArticleQA.Bot.Tests;

/// <summary>The host's own Direct Line 3.0 endpoint in process, without a Direct Line secret.</summary>
public sealed class DirectLineEndpointTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Start_WithoutCredentials_Is201WithTokenStreamUrlAndWelcome()
    {
        var session = await DirectLineSession.StartAsync(_client);

        var (activities, watermark) = await session.ActivitiesAsync();

        Assert.StartsWith($"ws://localhost{DirectLineSession.Api}/conversations/{session.ConversationId}/stream?t=", session.StreamUrl);
        var welcome = Assert.Single(activities);
        Assert.Equal("bot", welcome.GetProperty("from").GetProperty("role").GetString());
        Assert.Contains("Powering up", welcome.GetProperty("text").GetString());
        Assert.Equal(1, watermark);
    }

    [Fact]
    public async Task Post_Message_EchoesWithServerIdTimestampAndClientActivityIdThenAnswersWithCitation()
    {
        var session = await DirectLineSession.StartAsync(_client);

        var id = await session.SayAsync("How much has Xiaomi invested in R&D?", clientActivityId: "web-42");
        var (activities, _) = await session.ActivitiesAsync(1);

        var echo = activities[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.StartsWith(session.ConversationId + "|", id);
        Assert.Equal("web-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.True(DateTimeOffset.TryParse(echo.GetProperty("timestamp").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Equal(["typing", "message"], activities.Skip(1).Select(a => a.GetProperty("type").GetString()));
        var answer = activities[2];
        Assert.Equal(id, answer.GetProperty("replyToId").GetString());
        Assert.Contains("105 billion", answer.GetProperty("text").GetString());
        Assert.Matches(@"\n\[1\]: http\S+ "".+""", answer.GetProperty("text").GetString());
        Assert.Single(Activities.MessageEntities(answer));
    }

    [Fact]
    public async Task Post_FollowUp_ResolvesAgainstTheConversation()
    {
        var session = await DirectLineSession.StartAsync(_client);
        await session.SayAsync("Who is Lei Jun?");
        var (_, watermark) = await session.ActivitiesAsync();

        await session.SayAsync("How much has his company invested in R&D?");
        var (activities, _) = await session.ActivitiesAsync(watermark);

        Assert.Contains("105 billion", activities.Last().GetProperty("text").GetString());
    }

    [Fact]
    public async Task Activities_WithWatermark_ReturnsOnlyNewerOnes()
    {
        var session = await DirectLineSession.StartAsync(_client);
        await session.SayAsync("help");

        var (all, end) = await session.ActivitiesAsync();
        var (none, same) = await session.ActivitiesAsync(end);

        Assert.Equal(all.Count, end);
        Assert.Empty(none);
        Assert.Equal(end, same);
    }

    [Fact]
    public async Task Stream_WebSocket_SendsBacklogThenNewActivities()
    {
        var session = await DirectLineSession.StartAsync(_client);
        var client = factory.Server.CreateWebSocketClient();
        using var socket = await client.ConnectAsync(new Uri(session.StreamUrl), CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var backlog = await ReceiveSetAsync(socket, timeout.Token);
        var id = await session.SayAsync("How much has Xiaomi invested in R&D?");
        var answered = false;
        while (!answered)
        {
            var set = await ReceiveSetAsync(socket, timeout.Token);
            answered = set.GetProperty("activities").EnumerateArray().Any(a =>
                a.GetProperty("type").GetString() == "message" && a.TryGetProperty("replyToId", out var r) && r.GetString() == id
                && a.GetProperty("text").GetString()!.Contains("105 billion", StringComparison.Ordinal));
        }

        Assert.Contains("Powering up", backlog.GetProperty("activities")[0].GetProperty("text").GetString());
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
    }

    [Fact]
    public async Task Resume_ReturnsNewTokenAndStreamUrlFromWatermark()
    {
        var session = await DirectLineSession.StartAsync(_client);

        using var response = await session.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}?watermark=1", session.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var resumed = await DirectLineSession.ReadAsync(response);
        Assert.Equal(session.ConversationId, resumed.GetProperty("conversationId").GetString());
        Assert.EndsWith("&watermark=1", resumed.GetProperty("streamUrl").GetString());
    }

    [Fact]
    public async Task TokenRefresh_GivesTokenThatWorksForTheSameConversation()
    {
        var session = await DirectLineSession.StartAsync(_client);

        using var refreshed = await session.SendAsync(HttpMethod.Post, "/tokens/refresh", session.Token);
        var body = await DirectLineSession.ReadAsync(refreshed);
        using var read = await session.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}/activities", body.GetProperty("token").GetString());

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(session.ConversationId, body.GetProperty("conversationId").GetString());
        Assert.True(body.GetProperty("expires_in").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task GenerateToken_ThenStart_StartsThatConversation()
    {
        using var generated = await _client.PostAsJsonAsync(DirectLineSession.Api + "/tokens/generate", new { user = new { id = "user-gen" } });
        var token = (await DirectLineSession.ReadAsync(generated)).GetProperty("token").GetString();
        var conversationId = (await DirectLineSession.ReadAsync(generated)).GetProperty("conversationId").GetString();

        using var request = new HttpRequestMessage(HttpMethod.Post, DirectLineSession.Api + "/conversations");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var started = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(conversationId, (await DirectLineSession.ReadAsync(started)).GetProperty("conversationId").GetString());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("garbage", HttpStatusCode.Unauthorized)]
    [InlineData("other-conversation", HttpStatusCode.Forbidden)]
    public async Task Activities_WithoutTheConversationsToken_AreRefused(string? credential, HttpStatusCode expected)
    {
        var session = await DirectLineSession.StartAsync(_client);
        var other = await DirectLineSession.StartAsync(_client);
        var token = credential == "other-conversation" ? other.Token : credential;

        using var read = await session.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}/activities", token);
        using var post = await session.SendAsync(HttpMethod.Post, $"/conversations/{session.ConversationId}/activities", token, """{"type":"message","text":"help"}""");

        Assert.Equal(expected, read.StatusCode);
        Assert.Equal(expected, post.StatusCode);
        var (activities, _) = await session.ActivitiesAsync();
        Assert.Single(activities);
    }

    [Fact]
    public async Task Activities_TokenInTheQueryString_IsOnlyForTheStream()
    {
        var session = await DirectLineSession.StartAsync(_client);

        using var response = await session.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}/activities?t={Uri.EscapeDataString(session.Token)}", credential: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ClaimingToBeTheBot_IsStillTheUsers()
    {
        var session = await DirectLineSession.StartAsync(_client);

        using var post = await session.SendAsync(HttpMethod.Post, $"/conversations/{session.ConversationId}/activities", session.Token,
            """{"type":"message","text":"help","from":{"id":"articleqa-bot","role":"bot"}}""");
        var (activities, _) = await session.ActivitiesAsync(1);

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal("user", activities[0].GetProperty("from").GetProperty("role").GetString());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1]")]
    [InlineData("""{"text":"no type"}""")]
    public async Task Post_MalformedActivity_Is400AndChangesNothing(string body)
    {
        var session = await DirectLineSession.StartAsync(_client);

        using var response = await session.SendAsync(HttpMethod.Post, $"/conversations/{session.ConversationId}/activities", session.Token, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"error\"", await response.Content.ReadAsStringAsync());
        Assert.Single((await session.ActivitiesAsync()).Activities);
    }

    [Fact]
    public async Task Post_BodyOver256KB_Is413()
    {
        var session = await DirectLineSession.StartAsync(_client);
        var body = JsonSerializer.Serialize(new { type = "message", text = new string('x', 300 * 1024) });

        using var response = await session.SendAsync(HttpMethod.Post, $"/conversations/{session.ConversationId}/activities", session.Token, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Activities_UnreadableWatermark_Is400()
    {
        var session = await DirectLineSession.StartAsync(_client);

        using var response = await session.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}/activities?watermark=abc", session.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Page_IsTitledAfterTheArticleAndLoadsWebChatAgainstDirectLine()
    {
        var html = await _client.GetStringAsync("/");
        var script = await _client.GetStringAsync("/webchat/page.js");

        Assert.Contains("<title>Powering up · ArticleQA</title>", html);
        Assert.Contains("<script src=\"webchat/webchat.js\"></script>", html);
        Assert.Contains("<script src=\"webchat/page.js\"></script>", html);
        Assert.Contains("v3/directline/tokens/generate", script);
    }

    private static async Task<JsonElement> ReceiveSetAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray()));
        return document.RootElement.Clone();
    }
}
