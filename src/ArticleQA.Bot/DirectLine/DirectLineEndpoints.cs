using System.Globalization;
using ArticleQA.Bot.Hosting;
using ArticleQA.Bot.Protection;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace ArticleQA.Bot.DirectLine;

/// <summary>
/// The part of the Direct Line 3.0 REST API that Web Chat and botframework-directlinejs use,
/// under <c>/v3/directline</c>: tokens, start and resume, post, poll, and a WebSocket stream.
/// </summary>
public static class DirectLineEndpoints
{
    /// <summary>Where the API lives.</summary>
    public const string Prefix = "/v3/directline";

    /// <summary>Maps the Direct Line routes.</summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix);
        api.MapPost("/tokens/generate", GenerateTokenAsync);
        api.MapPost("/tokens/refresh", RefreshToken);
        api.MapPost("/conversations", StartConversationAsync);
        api.MapGet("/conversations/{conversationId}", ResumeConversation);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        api.MapGet("/conversations/{conversationId}/activities", GetActivities);
        api.MapGet("/conversations/{conversationId}/stream", DirectLineStream.RunAsync);
        return app;
    }

    // POST /tokens/generate [{"user":{"id":…}}]: a token for a new conversation, which is created only when a
    // client starts it: a flood of tokens costs no memory and ends no conversation.
    private static async Task<IResult> GenerateTokenAsync(HttpContext context, DirectLineTokens tokens, ClientRateLimiter limiter, IOptions<DirectLineOptions> options)
    {
        if (limiter.Check(context, ClientLimit.Token) is { } limited) return limited;
        if (!MayStart(context.Request, tokens, options.Value)) return Unauthorized();
        var conversationId = Guid.NewGuid().ToString("N");
        var userId = await ReadUserIdAsync(context.Request).ConfigureAwait(false);
        return DirectLineJson.Ok(new { conversationId, token = tokens.Issue(conversationId, userId), expires_in = tokens.LifetimeSeconds });
    }

    // POST /tokens/refresh: a fresh token for the token's conversation.
    private static IResult RefreshToken(HttpContext context, DirectLineTokens tokens, ClientRateLimiter limiter)
    {
        if (limiter.Check(context, ClientLimit.Token) is { } limited) return limited;
        var (access, conversationId, userId) = tokens.Inspect(DirectLineTokens.Bearer(context.Request.Headers.Authorization));
        if (access != DirectLineAccess.Conversation) return access == DirectLineAccess.None ? Unauthorized() : Forbidden();
        return DirectLineJson.Ok(new { conversationId, token = tokens.Issue(conversationId!, userId), expires_in = tokens.LifetimeSeconds });
    }

    // POST /conversations: starts the token's conversation, or a new one for the secret (or anyone, without a secret).
    private static async Task<IResult> StartConversationAsync(
        HttpContext context, DirectLineTokens tokens, DirectLineConversationStore store, DirectLineBotBridge bridge, ClientRateLimiter limiter,
        PublicEndpoint endpoint, IOptions<DirectLineOptions> options)
    {
        if (limiter.Check(context, ClientLimit.Token) is { } limited) return limited;
        var request = context.Request;
        var (access, conversationId, tokenUser) = tokens.Inspect(DirectLineTokens.Bearer(request.Headers.Authorization));
        DirectLineConversation? conversation;
        if (access == DirectLineAccess.Conversation)
        {
            conversation = store.Create(tokenUser, conversationId);
        }
        else if (access == DirectLineAccess.Forbidden)
        {
            return Forbidden();
        }
        else if (MayStart(request, tokens, options.Value))
        {
            conversation = store.Create(await ReadUserIdAsync(request).ConfigureAwait(false));
        }
        else
        {
            return Unauthorized();
        }

        if (conversation is null) return Busy(context);
        await bridge.StartAsync(conversation, ServiceUrl(context, endpoint)).ConfigureAwait(false);
        return DirectLineJson.Ok(Session(context, endpoint, tokens, conversation, watermark: null), StatusCodes.Status201Created);
    }

    // GET /conversations/{id}?watermark=: resume, with a new token and stream URL.
    private static IResult ResumeConversation(
        string conversationId, string? watermark, HttpContext context, DirectLineTokens tokens, DirectLineConversationStore store, ClientRateLimiter limiter, PublicEndpoint endpoint)
    {
        if (limiter.Check(context, ClientLimit.Token) is { } limited) return limited;
        if (Authorize(context.Request, tokens, store, conversationId, out var conversation) is { } refused) return refused;
        if (ParseWatermark(watermark) is not { } from) return BadWatermark();
        return DirectLineJson.Ok(Session(context, endpoint, tokens, conversation!, from));
    }

    // POST /conversations/{id}/activities: the activity is echoed into the transcript and answered.
    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpContext context, DirectLineTokens tokens, DirectLineConversationStore store, DirectLineBotBridge bridge,
        ConversationRateLimiter conversationLimiter, ClientRateLimiter limiter, PublicEndpoint endpoint, IOptions<BotOptions> botOptions, IOptions<DirectLineOptions> options)
    {
        var request = context.Request;
        if (Authorize(request, tokens, store, conversationId, out var conversation) is { } refused) return refused;
        if (limiter.Check(context, ClientLimit.Post) is { } limited) return limited;

        using var body = await BoundedBody.ReadAsync(request.Body, botOptions.Value.MaxRequestBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null) return DirectLineJson.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is too large.");
        using var reader = new StreamReader(body);
        if (DirectLineJson.ReadActivity(await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false)) is not { } activity)
            return DirectLineJson.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be a JSON activity with a type.");
        if (!conversationLimiter.TryAcquire(conversationId) || conversation!.Count >= options.Value.MaxActivitiesPerConversation)
            return DirectLineJson.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many activities in this conversation; please wait a moment.");
        if (!store.MakeRoomForTurn(conversation)) return Busy(context);

        var id = await bridge.PostAsync(conversation, activity, ServiceUrl(context, endpoint)).ConfigureAwait(false);
        return DirectLineJson.Ok(new { id });
    }

    // GET /conversations/{id}/activities?watermark=: polling, one page at a time.
    private static IResult GetActivities(
        string conversationId, string? watermark, HttpContext context, DirectLineTokens tokens, DirectLineConversationStore store, ClientRateLimiter limiter, IOptions<DirectLineOptions> options)
    {
        if (Authorize(context.Request, tokens, store, conversationId, out var conversation) is { } refused) return refused;
        if (limiter.Check(context, ClientLimit.Poll) is { } limited) return limited;
        if (ParseWatermark(watermark) is not { } from) return BadWatermark();
        var (activities, next) = conversation!.Page(from, options.Value.PageActivities, options.Value.PageBytes);
        return Results.Bytes(DirectLineJson.ActivitySet(activities, next), "application/json");
    }

    /// <summary>
    /// Null when the request's bearer credential (or, for the stream, whose clients cannot set headers,
    /// its <c>t</c> query parameter) grants <paramref name="conversationId"/>; else the refusal.
    /// </summary>
    internal static IResult? Authorize(
        HttpRequest request, DirectLineTokens tokens, DirectLineConversationStore store, string conversationId, out DirectLineConversation? conversation, bool queryToken = false)
    {
        conversation = null;
        var credential = DirectLineTokens.Bearer(request.Headers.Authorization) ?? (queryToken ? request.Query["t"].ToString() : null);
        switch (tokens.Check(credential, conversationId).Access)
        {
            case DirectLineAccess.None: return Unauthorized();
            case DirectLineAccess.Forbidden: return Forbidden();
        }

        conversation = store.Find(conversationId);
        return conversation is null ? NotFound() : null;
    }

    /// <summary>The watermark as a number: 0 when absent, null when unreadable.</summary>
    internal static int? ParseWatermark(string? watermark) =>
        string.IsNullOrEmpty(watermark) ? 0
        : int.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : null;

    private static object Session(HttpContext context, PublicEndpoint endpoint, DirectLineTokens tokens, DirectLineConversation conversation, int? watermark)
    {
        var token = tokens.Issue(conversation.Id, conversation.UserId);
        var site = endpoint.BaseUrl(context);
        var scheme = site.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        var stream = $"{scheme}://{site.Authority}{site.AbsolutePath.TrimEnd('/')}{Prefix}/conversations/{conversation.Id}/stream?t={Uri.EscapeDataString(token)}";
        if (watermark is > 0) stream += "&watermark=" + watermark.Value.ToString(CultureInfo.InvariantCulture);
        return new { conversationId = conversation.Id, token, expires_in = tokens.LifetimeSeconds, streamUrl = stream, referenceGrammarId = "" };
    }

    private static bool MayStart(HttpRequest request, DirectLineTokens tokens, DirectLineOptions options) =>
        string.IsNullOrEmpty(options.Secret) || tokens.Check(DirectLineTokens.Bearer(request.Headers.Authorization)).Access == DirectLineAccess.Secret;

    private static async Task<string?> ReadUserIdAsync(HttpRequest request)
    {
        using var body = await BoundedBody.ReadAsync(request.Body, 16 * 1024, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (body is null || body.Length == 0) return null;
        using var reader = new StreamReader(body);
        try
        {
            var id = (JToken.Parse(await reader.ReadToEndAsync().ConfigureAwait(false)) as JObject)?["user"]?["id"];
            return id is { Type: JTokenType.String } && id.Value<string>() is { Length: > 0 and <= 256 } userId && !userId.Any(char.IsControl) ? userId : null;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    private static string ServiceUrl(HttpContext context, PublicEndpoint endpoint) => new Uri(endpoint.BaseUrl(context), Prefix.TrimStart('/') + "/").ToString();

    private static IResult Busy(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "60";
        return DirectLineJson.Error(StatusCodes.Status503ServiceUnavailable, "ServiceBusy", "Every conversation the host can keep is in use; retry after the time in Retry-After.");
    }

    private static IResult Unauthorized() => DirectLineJson.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "A Direct Line token or secret is required.");

    private static IResult Forbidden() => DirectLineJson.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired or is for another conversation.");

    private static IResult NotFound() => DirectLineJson.Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");

    private static IResult BadWatermark() => DirectLineJson.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark must be a number.");
}
