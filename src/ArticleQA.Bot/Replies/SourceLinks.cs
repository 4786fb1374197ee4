using ArticleQA.Bot.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ArticleQA.Bot.Replies;

/// <summary>
/// Where citation links point: <c>ArticleQA:Bot:SourceBaseUrl</c> when set (a public address in
/// Azure), else this host's own <c>/articles/</c> on the address it listens on, whatever the port.
/// </summary>
public sealed class SourceLinks(IOptions<BotOptions> options, IServer server)
{
    private string? _listening;

    /// <summary>The link to paragraph <paramref name="paragraph"/> of <paramref name="source"/>.</summary>
    public string For(string source, int paragraph)
    {
        ArgumentNullException.ThrowIfNull(source);
        return $"{BaseUrl}{Uri.EscapeDataString(source)}#p{paragraph}";
    }

    private string BaseUrl =>
        string.IsNullOrWhiteSpace(options.Value.SourceBaseUrl)
            ? _listening ??= ListeningBaseUrl()
            : options.Value.SourceBaseUrl;

    private string ListeningBaseUrl()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .FirstOrDefault();
        if (address is null) return "http://localhost/articles/";
        // A wildcard binding is reached on this machine as localhost.
        var local = address.Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal);
        return local.TrimEnd('/') + "/articles/";
    }
}
