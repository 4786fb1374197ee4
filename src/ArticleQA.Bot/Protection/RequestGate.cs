using ArticleQA.Bot.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ArticleQA.Bot.Protection;

/// <summary>
/// Checks a request to <c>/api/messages</c> before the adapter sees it, so that bad input gets a
/// 4xx status instead of an exception: size (413), JSON that is an activity with a type, an http(s)
/// service URL, a conversation id, a recipient and members that are accounts (400), a service URL
/// replies may be posted to (400, see <see cref="Outgoing.ServiceUrlPolicy"/>), the shape of the Authorization
/// header when an app id is configured (401), and the conversation's rate (429). The adapter
/// still validates the token itself.
/// </summary>
public sealed class RequestGate(
    IOptions<BotOptions> options, IConfiguration configuration, ConversationRateLimiter limiter, Outgoing.ServiceUrlPolicy serviceUrls, ILogger<RequestGate> logger)
{
    /// <summary>
    /// Buffers the body (left rewound in <see cref="HttpRequest.Body"/> for the adapter) and
    /// returns the status to answer with, or null when the request may go on.
    /// </summary>
    public async Task<int?> CheckAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var max = options.Value.MaxRequestBytes;
        if (request.ContentLength > max) return StatusCodes.Status413PayloadTooLarge;

        var body = await BoundedBody.ReadAsync(request.Body, max, cancellationToken).ConfigureAwait(false);
        if (body is null) return StatusCodes.Status413PayloadTooLarge;
        request.Body = body;

        string conversationId;
        try
        {
            using var reader = new StreamReader(body, leaveOpen: true);
            if (JToken.Parse(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false)) is not JObject parsed
                || StringAt(parsed, "type") is not { Length: > 0 }
                || !IsHttpUrl(StringAt(parsed, "serviceUrl"))
                || parsed["conversation"] is not JObject conversation || StringAt(conversation, "id") is not { Length: > 0 } id)
            {
                // Without a type there is nothing to do, and without a channel URL and a conversation nowhere to answer.
                return StatusCodes.Status400BadRequest;
            }

            if ((ShapeProblem(parsed) ?? ReplyProblem(parsed)) is { } problem)
            {
                logger.LogWarning("Refused an activity for conversation {ConversationId}: {Problem}", id, problem);
                return StatusCodes.Status400BadRequest;
            }

            conversationId = id;
        }
        catch (JsonException)
        {
            return StatusCodes.Status400BadRequest;
        }
        finally
        {
            body.Position = 0;
        }

        if (!string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]) && !IsBearerToken(request.Headers.Authorization.ToString()))
            return StatusCodes.Status401Unauthorized;

        if (!limiter.TryAcquire(conversationId))
        {
            logger.LogWarning("Rate limit reached for conversation {ConversationId}", conversationId);
            return StatusCodes.Status429TooManyRequests;
        }

        return null;
    }

    // Parts the Bot Framework SDK reads without checking for null.
    private static string? ShapeProblem(JObject activity)
    {
        if (activity["recipient"] is not JObject recipient || StringAt(recipient, "id") is null) return "recipient.id is missing";
        if (activity["from"] is { Type: not JTokenType.Null } from && from is not JObject) return "from is not an account";
        foreach (var list in new[] { "membersAdded", "membersRemoved" })
        {
            if (activity[list] is null or { Type: JTokenType.Null }) continue;
            if (activity[list] is not JArray members || members.Any(m => m is not JObject member || StringAt(member, "id") is null))
                return $"{list} must be a list of accounts with ids";
        }

        return null;
    }

    // Replies are posted to the serviceUrl unless they come back in the response (expectReplies).
    private string? ReplyProblem(JObject activity) =>
        StringAt(activity, "deliveryMode") == "expectReplies" || serviceUrls.Problem(StringAt(activity, "serviceUrl")) is not { } problem
            ? null
            : "replies cannot go to its serviceUrl: " + problem;

    // A property's value when it is a JSON string; null when missing or of another kind.
    private static string? StringAt(JObject json, string name) =>
        json[name] is JValue { Type: JTokenType.String } value ? (string?)value : null;

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    // Only a header holding a readable JWT reaches the adapter, whose token validation throws
    // (a 500) instead of refusing on some malformed tokens. The adapter still checks the token.
    private static bool IsBearerToken(string header)
    {
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;
        try
        {
            _ = new JsonWebToken(header[7..].Trim());
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
