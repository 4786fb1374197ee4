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
}
