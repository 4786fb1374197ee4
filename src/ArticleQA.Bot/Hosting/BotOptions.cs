using System.ComponentModel.DataAnnotations;

namespace ArticleQA.Bot.Hosting;

/// <summary>Settings of the Bot Framework host. Section <c>ArticleQA:Bot</c>.</summary>
public sealed class BotOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ArticleQA:Bot";

    /// <summary>Largest accepted request body, in bytes; larger ones get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Activities one conversation may send in a burst before getting 429.</summary>
    [Range(1, 10_000)]
    public int MessagesPerConversation { get; set; } = 20;

    /// <summary>Seconds over which a conversation's allowance refills completely.</summary>
    [Range(1, 86_400)]
    public int ReplenishSeconds { get; set; } = 60;

    /// <summary>
    /// Absolute URL prefix of the served article files, used as citation links; empty for this
    /// host's own <c>/articles/</c> on the address it listens on.
    /// </summary>
    [Url]
    public string? SourceBaseUrl { get; set; }

    /// <summary>
    /// With no Microsoft app id, replies are posted only to a loopback <c>serviceUrl</c> (Emulator, Agents
    /// Playground) or one starting with an entry of this list (scheme, host and port must match).
    /// </summary>
    public IList<string> AllowedServiceUrls { get; } = [];

    /// <summary>Seconds to connect to a channel's serviceUrl when posting a reply.</summary>
    [Range(1, 300)]
    public int ReplyConnectTimeoutSeconds { get; set; } = 5;

    /// <summary>Seconds to wait for a channel's answer to one posted reply.</summary>
    [Range(1, 600)]
    public int ReplyTimeoutSeconds { get; set; } = 15;

    /// <summary>
    /// The host's public base URL (<c>https://bot.example.com/</c>), for absolute URLs it hands out such as
    /// Direct Line's <c>streamUrl</c>. Unset, they come from trusted proxies' forwarded headers or the
    /// address the client connected to, never from the Host header.
    /// </summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>Addresses of reverse proxies whose <c>X-Forwarded-For/Proto/Host</c> headers are believed.</summary>
    public IList<string> TrustedProxies { get; } = [];

    /// <summary>The CSP <c>frame-ancestors</c> of the Web Chat page: <c>'none'</c>, or origins allowed to embed it.</summary>
    [Required]
    public string FrameAncestors { get; set; } = "'none'";
}
