using System.ComponentModel.DataAnnotations;

namespace ArticleQA.Bot.DirectLine;

/// <summary>Settings of the host's own Direct Line 3.0 endpoint. Section <c>ArticleQA:DirectLine</c>.</summary>
public sealed class DirectLineOptions : IValidatableObject
{
    /// <summary>Shortest accepted <see cref="Secret"/>: a shorter one falls to a dictionary attack on one token.</summary>
    public const int MinSecretLength = 32;

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

    /// <summary>
    /// With a Microsoft app id set, serve Direct Line without a <see cref="Secret"/> anyway (anyone who
    /// can reach the host may talk to the bot). Without it, and without a secret, Direct Line is off.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>Bytes of all transcripts together; idle conversations are evicted first to stay under it.</summary>
    [Range(1024 * 1024, 16L * 1024 * 1024 * 1024)]
    public long MaxTranscriptBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Characters of an activity's text kept in the transcript; the bot still reads the whole text.</summary>
    [Range(100, 1_000_000)]
    public int MaxStoredTextChars { get; set; } = 8000;

    /// <summary>Bytes of one stored activity; a larger one keeps only its text, ids and clientActivityID.</summary>
    [Range(4096, 16 * 1024 * 1024)]
    public int MaxStoredActivityBytes { get; set; } = 32 * 1024;

    /// <summary>A conversation used within this many minutes is active: never evicted while idle ones exist.</summary>
    [Range(1, 24 * 60)]
    public int ActiveMinutes { get; set; } = 5;

    /// <summary>Polls (and stream connections) one client address may make per minute; more get 429.</summary>
    [Range(1, 1_000_000)]
    public int PollsPerMinute { get; set; } = 300;

    /// <summary>Activities one client address may post per minute; more get 429.</summary>
    [Range(1, 1_000_000)]
    public int PostsPerMinute { get; set; } = 120;

    /// <summary>Tokens (generate, refresh) and conversation starts one client address may ask for per minute; more get 429.</summary>
    [Range(1, 1_000_000)]
    public int TokensPerMinute { get; set; } = 60;

    /// <summary>Most activities in one message of the stream or one poll; the backlog is sent in such pages.</summary>
    [Range(1, 10_000)]
    public int PageActivities { get; set; } = 100;

    /// <summary>Most bytes in one message of the stream or one poll (a single larger activity still goes alone).</summary>
    [Range(4096, 64 * 1024 * 1024)]
    public int PageBytes { get; set; } = 256 * 1024;

    /// <summary>Seconds a stream reader may take to accept one page before its socket is closed (it resumes by watermark).</summary>
    [Range(1, 3600)]
    public int StreamSendTimeoutSeconds { get; set; } = 30;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Secret is { Length: > 0 } secret && secret.Length < MinSecretLength)
        {
            yield return new ValidationResult(
                $"ArticleQA:DirectLine:Secret must be at least {MinSecretLength} characters long (it has {secret.Length}); use a random value.", [nameof(Secret)]);
        }
    }
}
