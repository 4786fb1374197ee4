using System.Net;
using ArticleQA.Bot.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ArticleQA.Bot.Outgoing;

/// <summary>
/// Where the bot may post replies. Never to its own endpoints (a reply posted to itself loops);
/// with no Microsoft app id (anyone may call the bot) only to a loopback address (Emulator, Agents
/// Playground) or a URL under an entry of <see cref="BotOptions.AllowedServiceUrls"/>. With an app
/// id the channel's token vouches for its serviceUrl.
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<BotOptions> options, IConfiguration configuration, IServer? server = null)
{
    private readonly bool _anonymous = string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);

    /// <summary>Why a reply may not be posted to <paramref name="serviceUrl"/>, or null when it may.</summary>
    public string? Problem(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            return "it is not an http(s) URL";
        if (IsOwnEndpoint(url)) return "it is this host's own endpoint";
        if (!_anonymous || IsLoopback(url) || options.Value.AllowedServiceUrls.Any(allowed => IsUnder(url, allowed))) return null;
        return "it is neither loopback nor listed in ArticleQA:Bot:AllowedServiceUrls (no MicrosoftAppId is set)";
    }

    private bool IsOwnEndpoint(Uri url)
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } publicBase && Uri.TryCreate(publicBase, UriKind.Absolute, out var own)
            && string.Equals(own.Host, url.Host, StringComparison.OrdinalIgnoreCase) && own.Port == url.Port)
        {
            return true;
        }

        var addresses = server?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            // Kestrel lists what it bound, e.g. http://127.0.0.1:3978 or http://[::]:3978.
            if (!Uri.TryCreate(address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var bound)
                || bound.Port != url.Port)
            {
                continue;
            }

            var wildcard = bound.Host is "0.0.0.0" or "[::]";
            if (wildcard || IsLoopback(url) || string.Equals(bound.Host, url.Host, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip));

    private static bool IsUnder(Uri url, string allowed) =>
        Uri.TryCreate(allowed, UriKind.Absolute, out var prefix)
        && string.Equals(prefix.Scheme, url.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(prefix.Host, url.Host, StringComparison.OrdinalIgnoreCase)
        && prefix.Port == url.Port
        && url.AbsolutePath.StartsWith(prefix.AbsolutePath, StringComparison.Ordinal);
}
