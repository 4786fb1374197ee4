using System.Net;
using Microsoft.Extensions.Options;

namespace ArticleQA.Bot.Hosting;

/// <summary>
/// Who is calling and under which address the host is reached, believing forwarded headers only from
/// <see cref="BotOptions.TrustedProxies"/> and never the raw Host header.
/// </summary>
public sealed class PublicEndpoint(IOptions<BotOptions> options)
{
    private readonly HashSet<IPAddress> _proxies = [.. options.Value.TrustedProxies.Select(p => IPAddress.TryParse(p, out var address) ? Normal(address) : null).OfType<IPAddress>()];

    /// <summary>The client's address: the connection's peer, or the first untrusted hop a trusted proxy reports.</summary>
    public string ClientAddress(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var peer = context.Connection.RemoteIpAddress;
        if (peer is null) return "unknown";
        if (!IsTrustedProxy(peer)) return Normal(peer).ToString();
        var hops = context.Request.Headers["X-Forwarded-For"].ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = hops.Length - 1; i >= 0; i--)
        {
            if (!IPAddress.TryParse(hops[i], out var hop)) break;
            if (!IsTrustedProxy(hop)) return Normal(hop).ToString();
        }

        return Normal(peer).ToString();
    }

    /// <summary>The base URL clients reach the host under, with a trailing slash.</summary>
    public Uri BaseUrl(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.Value.PublicBaseUrl is { Length: > 0 } configured) return new Uri(configured.TrimEnd('/') + "/");

        var request = context.Request;
        var peer = context.Connection.RemoteIpAddress;
        if (peer is not null && IsTrustedProxy(peer)
            && request.Headers["X-Forwarded-Host"].ToString().Split(',')[0].Trim() is { Length: > 0 } forwardedHost
            && Uri.CheckHostName(HostPart(forwardedHost)) != UriHostNameType.Unknown)
        {
            var proto = request.Headers["X-Forwarded-Proto"].ToString().Split(',')[0].Trim();
            var scheme = proto is "https" or "http" ? proto : request.Scheme;
            if (Uri.TryCreate($"{scheme}://{forwardedHost}{request.PathBase}/", UriKind.Absolute, out var forwarded)) return forwarded;
        }

        // The address the client's connection reached: a fact of the socket, not a header.
        var local = context.Connection.LocalIpAddress;
        var host = local is null ? "localhost"
            : local.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && !local.IsIPv4MappedToIPv6 ? $"[{local}]"
            : Normal(local).ToString();
        var port = context.Connection.LocalPort is > 0 and var p ? ":" + p.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        return new Uri($"{request.Scheme}://{host}{port}{request.PathBase}/");
    }

    private bool IsTrustedProxy(IPAddress address) => _proxies.Contains(Normal(address));

    private static IPAddress Normal(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private static string HostPart(string hostAndPort) =>
        hostAndPort.StartsWith('[') ? hostAndPort.Split(']')[0].TrimStart('[')
        : hostAndPort.Split(':')[0];
}
