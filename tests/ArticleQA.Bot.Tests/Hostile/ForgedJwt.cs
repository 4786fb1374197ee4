using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace ArticleQA.Bot.Tests.Hostile;

/// <summary>Bot Framework-shaped JWTs an attacker can make: unsigned, expired, self-signed, or HMAC-keyed with a guessed password.</summary>
internal static class ForgedJwt
{
    public const string Issuer = "https://api.botframework.com";

    public static string AlgNone(string audience) => Make(new JsonObject { ["alg"] = "none", ["typ"] = "JWT" }, Claims(audience, DateTimeOffset.UtcNow.AddHours(1)), _ => []);

    public static string ExpiredRs256(string audience) => SelfSignedRs256(audience, DateTimeOffset.UtcNow.AddHours(-2));

    public static string SelfSignedRs256(string audience, DateTimeOffset? expires = null)
    {
        using var rsa = RSA.Create(2048);
        return Make(
            new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = "forged-key" },
            Claims(audience, expires ?? DateTimeOffset.UtcNow.AddHours(1)),
            data => rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    public static string Hs256(string audience, string password) => Make(
        new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT" },
        Claims(audience, DateTimeOffset.UtcNow.AddHours(1)),
        data => HMACSHA256.HashData(Encoding.UTF8.GetBytes(password), data));

    private static JsonObject Claims(string audience, DateTimeOffset expires) => new()
    {
        ["iss"] = Issuer,
        ["aud"] = audience,
        ["serviceurl"] = "http://127.0.0.1:9/",
        ["nbf"] = expires.AddHours(-2).ToUnixTimeSeconds(),
        ["exp"] = expires.ToUnixTimeSeconds(),
    };

    private static string Make(JsonObject header, JsonObject payload, Func<byte[], byte[]> sign)
    {
        var signed = Encode(header) + "." + Encode(payload);
        return signed + "." + WebEncoders.Base64UrlEncode(sign(Encoding.ASCII.GetBytes(signed)));
    }

    private static string Encode(JsonObject json) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
