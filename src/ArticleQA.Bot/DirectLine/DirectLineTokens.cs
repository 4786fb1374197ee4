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
/// Issues and checks conversation tokens: the conversation id, expiry and user id, signed with
/// HMAC-SHA256 under a key derived with HKDF-SHA256 from the configured secret (at least
/// <see cref="DirectLineOptions.MinSecretLength"/> characters), or random per process when there is none.
/// </summary>
public sealed class DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private static readonly byte[] KeySalt = Encoding.UTF8.GetBytes("articleqa-directline");
    private static readonly byte[] KeyInfo = Encoding.UTF8.GetBytes("token-signing-key-v2");

    private readonly byte[] _key = options.Value.Secret is { Length: > 0 } secret
        ? HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32, KeySalt, KeyInfo)
        : RandomNumberGenerator.GetBytes(32);

    /// <summary>Seconds a new token lives.</summary>
    public int LifetimeSeconds => options.Value.TokenLifetimeSeconds;

    /// <summary>
    /// A new token for <paramref name="conversationId"/>, naming the user who will start it when given
    /// (the conversation itself is created only when a client starts it, so tokens cost no memory).
    /// </summary>
    public string Issue(string conversationId, string? userId = null)
    {
        var expires = time.GetUtcNow().AddSeconds(LifetimeSeconds).ToUnixTimeSeconds();
        var user = userId is { Length: > 0 } ? "\n" + userId : "";
        var payload = Encoding.UTF8.GetBytes($"{conversationId}\n{expires.ToString(CultureInfo.InvariantCulture)}{user}");
        return WebEncoders.Base64UrlEncode(payload) + "." + WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>Checks a bearer credential (secret or token) against <paramref name="conversationId"/>, when given.</summary>
    public (DirectLineAccess Access, string? ConversationId) Check(string? credential, string? conversationId = null)
    {
        var (access, conversation, _) = Inspect(credential, conversationId);
        return (access, conversation);
    }

    /// <summary>As <see cref="Check"/>, with the user id the token names (null for the secret or a token without one).</summary>
    public (DirectLineAccess Access, string? ConversationId, string? UserId) Inspect(string? credential, string? conversationId = null)
    {
        if (string.IsNullOrEmpty(credential)) return (DirectLineAccess.None, null, null);
        if (options.Value.Secret is { Length: > 0 } secret
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), Encoding.UTF8.GetBytes(secret)))
        {
            return (DirectLineAccess.Secret, conversationId, null);
        }

        if (Read(credential) is not var (tokenConversation, expires, userId)) return (DirectLineAccess.None, null, null);
        if (expires < time.GetUtcNow().ToUnixTimeSeconds()) return (DirectLineAccess.Forbidden, null, null);
        if (conversationId is not null && conversationId != tokenConversation) return (DirectLineAccess.Forbidden, null, null);
        return (DirectLineAccess.Conversation, tokenConversation, userId);
    }

    /// <summary>The bearer credential of an <c>Authorization</c> header, or null.</summary>
    public static string? Bearer(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization[7..].Trim()
            : null;

    private (string ConversationId, long Expires, string? UserId)? Read(string token)
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
        return parts.Length is 2 or 3 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            ? (parts[0], expires, parts.Length == 3 ? parts[2] : null)
            : null;
    }
}
