using System.Net.WebSockets;
using System.Text;

namespace ArticleQA.Bot.DirectLine;

/// <summary>
/// The WebSocket behind a conversation's <c>streamUrl</c>: sends every activity set after the
/// client's watermark as <c>{"activities":[…],"watermark":"n"}</c>, then each new one as it lands,
/// until the client closes or the host stops. What the client sends (empty pings) is ignored.
/// </summary>
public static class DirectLineStream
{
    /// <summary>Handles <c>GET /v3/directline/conversations/{id}/stream?t=TOKEN[&amp;watermark=n]</c>.</summary>
    public static async Task<IResult> RunAsync(
        string conversationId, string? watermark, HttpContext context, DirectLineTokens tokens, DirectLineConversationStore store, IHostApplicationLifetime lifetime)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (DirectLineEndpoints.Authorize(context.Request, tokens, store, conversationId, out var conversation, queryToken: true) is { } refused) return refused;
        if (DirectLineEndpoints.ParseWatermark(watermark) is not { } from)
            return DirectLineJson.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark must be a number.");
        if (!context.WebSockets.IsWebSocketRequest)
            return DirectLineJson.Error(StatusCodes.Status400BadRequest, "BadArgument", "Connect with a WebSocket.");

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var listening = ListenUntilClosedAsync(socket, stop);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var (activities, next) = conversation!.After(from);
                if (activities.Count > 0)
                {
                    var set = Encoding.UTF8.GetBytes(DirectLineJson.ActivitySet(activities, next));
                    await socket.SendAsync(set, WebSocketMessageType.Text, endOfMessage: true, stop.Token).ConfigureAwait(false);
                    from = next;
                }

                await conversation.WaitForMoreAsync(from, stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away or the host is stopping.
        }

        await CloseAsync(socket).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        await listening.ConfigureAwait(false);
        return Results.Empty;
    }

    // Reads (and drops) what the client sends, so that its close handshake and pings are seen.
    private static async Task ListenUntilClosedAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[4096];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, stop.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close) break;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed under us.
        }

        await stop.CancelAsync().ConfigureAwait(false);
    }

    private static async Task CloseAsync(WebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Nothing more to say to a client that is gone.
        }
    }
}
