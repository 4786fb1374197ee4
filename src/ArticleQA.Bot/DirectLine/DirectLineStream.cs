using System.Net.WebSockets;
using ArticleQA.Bot.Protection;
using Microsoft.Extensions.Options;

namespace ArticleQA.Bot.DirectLine;

/// <summary>
/// The WebSocket behind a conversation's <c>streamUrl</c>: sends the activities after the client's
/// watermark as <c>{"activities":[…],"watermark":"n"}</c>, then each new one as it lands, until the
/// client closes, the conversation is evicted or the host stops. What the client sends (empty pings)
/// is ignored. The send queue is bounded: one page (at most <see cref="DirectLineOptions.PageActivities"/>
/// activities and <see cref="DirectLineOptions.PageBytes"/> bytes) is in flight per socket, read from the
/// transcript only when the previous one was sent; a reader that does not take a page within
/// <see cref="DirectLineOptions.StreamSendTimeoutSeconds"/> has fallen behind and its socket is closed
/// (it resumes by watermark).
/// </summary>
public static class DirectLineStream
{
    /// <summary>Handles <c>GET /v3/directline/conversations/{id}/stream?t=TOKEN[&amp;watermark=n]</c>.</summary>
    public static async Task<IResult> RunAsync(
        string conversationId, string? watermark, HttpContext context, DirectLineTokens tokens, DirectLineConversationStore store,
        ClientRateLimiter limiter, IOptions<DirectLineOptions> options, ILoggerFactory loggers, IHostApplicationLifetime lifetime)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (DirectLineEndpoints.Authorize(context.Request, tokens, store, conversationId, out var conversation, queryToken: true) is { } refused) return refused;
        if (limiter.Check(context, ClientLimit.Poll) is { } limited) return limited;
        if (DirectLineEndpoints.ParseWatermark(watermark) is not { } from)
            return DirectLineJson.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark must be a number.");
        if (!context.WebSockets.IsWebSocketRequest)
            return DirectLineJson.Error(StatusCodes.Status400BadRequest, "BadArgument", "Connect with a WebSocket.");

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping, conversation!.Ended);
        var listening = ListenUntilClosedAsync(socket, stop);
        var settings = options.Value;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var (page, next) = conversation.Page(from, settings.PageActivities, settings.PageBytes);
                if (page.Count == 0)
                {
                    await conversation.WaitForMoreAsync(from, stop.Token).ConfigureAwait(false);
                    continue;
                }

                if (!await SendPageAsync(context, socket, page, next, settings.StreamSendTimeoutSeconds, stop.Token).ConfigureAwait(false))
                {
                    loggers.CreateLogger(typeof(DirectLineStream)).LogInformation(
                        "Closed a stream of conversation {ConversationId}: its reader fell behind at watermark {Watermark} (it resumes by watermark)", conversation.Id, from);
                    break;
                }

                from = next;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away, the conversation was evicted or the host is stopping.
        }

        await CloseAsync(socket).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        await listening.ConfigureAwait(false);
        return Results.Empty;
    }

    // False when the reader did not take the page in time; the connection is then aborted, which
    // ends the pending send and drops the page (a cancelled WebSocket send is not always abandoned).
    private static async Task<bool> SendPageAsync(
        HttpContext context, WebSocket socket, IReadOnlyList<byte[]> page, int watermark, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var send = SendActivitySetAsync(socket, page, watermark, cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var late = Task.Delay(TimeSpan.FromSeconds(timeoutSeconds), deadline.Token);
        if (await Task.WhenAny(send, late).ConfigureAwait(false) == send)
        {
            await deadline.CancelAsync().ConfigureAwait(false);
            await send.ConfigureAwait(false);
            return true;
        }

        cancellationToken.ThrowIfCancellationRequested();
        socket.Abort();
        context.Abort();
        try
        {
            await send.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
            // The send the reader never took.
        }

        return false;
    }

    // One activity set, {"activities":[…],"watermark":"n"}, as one text message in fragments: the activities'
    // JSON goes out as the transcript holds it, so a page costs no copy however large it is.
    private static async Task SendActivitySetAsync(WebSocket socket, IReadOnlyList<byte[]> page, int watermark, CancellationToken cancellationToken)
    {
        await socket.SendAsync("{\"activities\":["u8.ToArray(), WebSocketMessageType.Text, endOfMessage: false, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < page.Count; i++)
        {
            if (i > 0) await socket.SendAsync(","u8.ToArray(), WebSocketMessageType.Text, endOfMessage: false, cancellationToken).ConfigureAwait(false);
            await socket.SendAsync(page[i], WebSocketMessageType.Text, endOfMessage: false, cancellationToken).ConfigureAwait(false);
        }

        var tail = System.Text.Encoding.UTF8.GetBytes("],\"watermark\":\"" + watermark.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"}");
        await socket.SendAsync(tail, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
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
