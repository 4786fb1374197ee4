using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ArticleQA.Bot.DirectLine;

/// <summary>What an <c>Authorization</c> header or stream token grants.</summary>
public enum DirectLineAccess
{
    /// <summary>No credentials, or unreadable ones.</summary>
    None,

    /// <summary>A token that was ours but has expired, or names another conversation.</summary>
    Forbidden,

    /// <summary>A valid token for one conversation.</summary>
    Conversation,

    /// <summary>The configured Direct Line secret: any conversation.</summary>
    Secret,
}

/// <summary>
/// Issues and checks conversation tokens: the conversation id and expiry, signed with HMAC-SHA256
/// under a key derived from the configured secret (or random per process when there is none).
/// </summary>
public sealed class DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly byte[] _key = options.Value.Secret is { Length: > 0 } secret
        ? SHA256.HashData(Encoding.UTF8.GetBytes("articleqa-directline:" + secret))
        : RandomNumberGenerator.GetBytes(32);

    /// <summary>Seconds a new token lives.</summary>
    public int LifetimeSeconds => options.Value.TokenLifetimeSeconds;

    /// <summary>A new token for <paramref name="conversationId"/>.</summary>
    public string Issue(string conversationId)
    {
        var expires = time.GetUtcNow().AddSeconds(LifetimeSeconds).ToUnixTimeSeconds();
        var payload = Encoding.UTF8.GetBytes($"{conversationId}\n{expires.ToString(CultureInfo.InvariantCulture)}");
        return WebEncoders.Base64UrlEncode(payload) + "." + WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>Checks a bearer credential (secret or token) against <paramref name="conversationId"/>, when given.</summary>
    public (DirectLineAccess Access, string? ConversationId) Check(string? credential, string? conversationId = null)
    {
        if (string.IsNullOrEmpty(credential)) return (DirectLineAccess.None, null);
        if (options.Value.Secret is { Length: > 0 } secret
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), Encoding.UTF8.GetBytes(secret)))
        {
            return (DirectLineAccess.Secret, conversationId);
        }

        if (Read(credential) is not var (tokenConversation, expires)) return (DirectLineAccess.None, null);
        if (expires < time.GetUtcNow().ToUnixTimeSeconds()) return (DirectLineAccess.Forbidden, null);
        if (conversationId is not null && conversationId != tokenConversation) return (DirectLineAccess.Forbidden, null);
        return (DirectLineAccess.Conversation, tokenConversation);
    }

    /// <summary>The bearer credential of an <c>Authorization</c> header, or null.</summary>
    public static string? Bearer(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization[7..].Trim()
            : null;

    private (string ConversationId, long Expires)? Read(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0) return null;
        byte[] payload, signature;
        try
        {
            payload = WebEncoders.Base64UrlDecode(token[..dot]);
            signature = WebEncoders.Base64UrlDecode(token[(dot + 1)..]);
        }
        catch (FormatException)
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload))) return null;
        var parts = Encoding.UTF8.GetString(payload).Split('\n');
        return parts.Length == 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            ? (parts[0], expires)
            : null;
    }
}
