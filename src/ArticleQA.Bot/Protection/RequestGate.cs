using ArticleQA.Bot.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ArticleQA.Bot.Protection;

/// <summary>
/// Checks a request to <c>/api/messages</c> before the adapter sees it, so that bad input gets a
/// 4xx status instead of an exception: size (413), JSON that is an activity with a type, an http(s)
/// service URL and a conversation id (400), the shape of the Authorization
/// header when an app id is configured (401), and the conversation's rate (429). The adapter
/// still validates the token itself.
/// </summary>
public sealed class RequestGate(IOptions<BotOptions> options, IConfiguration configuration, ConversationRateLimiter limiter, ILogger<RequestGate> logger)
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
