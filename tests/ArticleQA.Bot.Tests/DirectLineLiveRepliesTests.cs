using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ArticleQA.Bot.Tests;

/// <summary>Replies reach Direct Line clients as the bot sends them, not when its turn ends.</summary>
public sealed class DirectLineLiveRepliesTests(GatedAnswerBotFactory factory) : IClassFixture<GatedAnswerBotFactory>
{
    [Fact]
    public async Task Stream_TypingArrivesWhileTheAnswerIsStillBeingWritten()
    {
        var session = await DirectLineSession.StartAsync(factory.CreateClient());
        using var socket = await factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(session.StreamUrl), CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = new List<JsonElement>();
        await ReceiveUntilAsync(socket, received, a => IsFromBot(a, "message"), timeout.Token); // the welcome

        var posting = session.SayAsync("How much has Xiaomi invested in R&D?");
        await ReceiveUntilAsync(socket, received, a => IsFromBot(a, "typing"), timeout.Token);
        var answeredBeforeRelease = posting.IsCompleted || received.Count(a => IsFromBot(a, "message")) > 1;
        factory.Answerer.Release();
        await posting;
        await ReceiveUntilAsync(socket, received, a => IsFromBot(a, "message") && a.GetProperty("text").GetString() == GatedAnswerer.Text, timeout.Token);

        Assert.False(answeredBeforeRelease);
        Assert.Equal(["message", "message", "typing", "message"], received.Select(a => a.GetProperty("type").GetString()));
    }

    private static bool IsFromBot(JsonElement activity, string type) =>
        activity.GetProperty("type").GetString() == type && activity.GetProperty("from").GetProperty("role").GetString() == "bot";

    // Reads activity sets from the stream into received until one activity matches.
    private static async Task ReceiveUntilAsync(WebSocket socket, List<JsonElement> received, Func<JsonElement, bool> until, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, cancellationToken);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            using var set = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray()));
            var activities = set.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToList();
            received.AddRange(activities);
            if (activities.Any(until)) return;
        }
    }
}
