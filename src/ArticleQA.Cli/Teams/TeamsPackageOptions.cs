using System.ComponentModel.DataAnnotations;

namespace ArticleQA.Cli.Teams;

/// <summary>What the Teams app package says about the app. Section <c>ArticleQA:Teams</c>; the bot id is <c>MicrosoftAppId</c>.</summary>
internal sealed class TeamsPackageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ArticleQA:Teams";

    /// <summary>The Teams app's own id (a GUID); the bot id when empty.</summary>
    public string? AppId { get; set; }

    /// <summary>The app package version; raise it for each upload of a changed package.</summary>
    [Required, RegularExpression(@"^\d+\.\d+\.\d+$", ErrorMessage = "Version must look like 1.0.0.")]
    public string Version { get; set; } = "1.0.0";

    /// <summary>The name shown in Teams.</summary>
    [Required, MaxLength(30)]
    public string ShortName { get; set; } = "ArticleQA";

    /// <summary>Most characters of <see cref="FullName"/>.</summary>
    public const int FullNameLength = 100;

    /// <summary>Most characters of <see cref="FullDescription"/>.</summary>
    public const int FullDescriptionLength = 4000;

    /// <summary>The longer name; when empty, said of the ingested article's title.</summary>
    [MaxLength(FullNameLength)]
    public string? FullName { get; set; }

    /// <summary>One line about the app.</summary>
    [Required, MaxLength(80)]
    public string ShortDescription { get; set; } = "Answers questions about one news article, citing its sentences.";

    /// <summary>The description in the app's details; when empty, said of the ingested articles' titles and dates.</summary>
    [MaxLength(FullDescriptionLength)]
    public string? FullDescription { get; set; }

    /// <summary>Who publishes the app.</summary>
    [Required, MaxLength(32)]
    public string DeveloperName { get; set; } = "ArticleQA";

    /// <summary>The publisher's site (https).</summary>
    [Required, Url, RegularExpression("^https://.+", ErrorMessage = "WebsiteUrl must be an https URL.")]
    public string WebsiteUrl { get; set; } = "https://www.example.com/articleqa";

    /// <summary>The privacy statement (https).</summary>
    [Required, Url, RegularExpression("^https://.+", ErrorMessage = "PrivacyUrl must be an https URL.")]
    public string PrivacyUrl { get; set; } = "https://www.example.com/articleqa/privacy";

    /// <summary>The terms of use (https).</summary>
    [Required, Url, RegularExpression("^https://.+", ErrorMessage = "TermsOfUseUrl must be an https URL.")]
    public string TermsOfUseUrl { get; set; } = "https://www.example.com/articleqa/terms";

    /// <summary>The background of the colour icon, <c>#RRGGBB</c>.</summary>
    [Required, RegularExpression("^#[0-9a-fA-F]{6}$", ErrorMessage = "AccentColor must look like #0F6CBD.")]
    public string AccentColor { get; set; } = "#0F6CBD";
}
