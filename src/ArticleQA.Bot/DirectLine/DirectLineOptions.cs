using System.ComponentModel.DataAnnotations;

namespace ArticleQA.Bot.DirectLine;

/// <summary>Settings of the host's own Direct Line 3.0 endpoint. Section <c>ArticleQA:DirectLine</c>.</summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ArticleQA:DirectLine";

    /// <summary>Serve <c>/v3/directline</c> and the Web Chat page at <c>/</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// When set, starting a conversation or generating a token needs <c>Authorization: Bearer SECRET</c>
    /// (as with Azure's Direct Line secret); when empty, anyone who can reach the host may start one.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Lifetime of a conversation token, in seconds; clients refresh it before it ends.</summary>
    [Range(60, 86_400)]
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>Conversations kept in memory; the least recently used go first.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 1000;

    /// <summary>
    /// The Web Chat bundle served at <c>/webchat/webchat.js</c>: <c>dist/webchat.js</c> of the npm package
    /// botframework-webchat, which the build installs with <c>npm ci</c> in <c>src/ArticleQA.Bot/webchat</c>.
    /// </summary>
    [Required]
    public string WebChatBundle { get; set; } = "src/ArticleQA.Bot/webchat/node_modules/botframework-webchat/dist/webchat.js";

    /// <summary>Activities kept per conversation; posting more is refused.</summary>
    [Range(10, 1_000_000)]
    public int MaxActivitiesPerConversation { get; set; } = 2000;
}
