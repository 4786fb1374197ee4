using System.Text.Json.Nodes;

namespace ArticleQA.Cli.Teams;

/// <summary>The Teams app manifest of the bot: one bot, personal scope, the two icons at the package root.</summary>
internal static class TeamsManifest
{
    /// <summary>The manifest schema version written.</summary>
    public const string SchemaVersion = "1.22";

    /// <summary>File names inside the package.</summary>
    public const string FileName = "manifest.json", ColorIcon = "color.png", OutlineIcon = "outline.png";

    /// <summary>The manifest for the bot <paramref name="botId"/>.</summary>
    public static JsonObject Create(string botId, TeamsPackageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new JsonObject
        {
            ["$schema"] = $"https://developer.microsoft.com/json-schemas/teams/v{SchemaVersion}/MicrosoftTeams.schema.json",
            ["manifestVersion"] = SchemaVersion,
            ["version"] = options.Version,
            ["id"] = string.IsNullOrWhiteSpace(options.AppId) ? botId : options.AppId,
            ["developer"] = new JsonObject
            {
                ["name"] = options.DeveloperName,
                ["websiteUrl"] = options.WebsiteUrl,
                ["privacyUrl"] = options.PrivacyUrl,
                ["termsOfUseUrl"] = options.TermsOfUseUrl,
            },
            ["name"] = new JsonObject { ["short"] = options.ShortName, ["full"] = options.FullName },
            ["description"] = new JsonObject { ["short"] = options.ShortDescription, ["full"] = options.FullDescription },
            ["icons"] = new JsonObject { ["color"] = ColorIcon, ["outline"] = OutlineIcon },
            ["accentColor"] = options.AccentColor,
            ["bots"] = new JsonArray(new JsonObject
            {
                ["botId"] = botId,
                ["scopes"] = new JsonArray("personal"),
                ["supportsFiles"] = false,
                ["isNotificationOnly"] = false,
                ["commandLists"] = new JsonArray(new JsonObject
                {
                    ["scopes"] = new JsonArray("personal"),
                    ["commands"] = new JsonArray(
                        new JsonObject { ["title"] = "help", ["description"] = "What I know, with example questions" },
                        new JsonObject { ["title"] = "/reset", ["description"] = "Forget this conversation and start over" }),
                }),
            }),
            ["validDomains"] = new JsonArray(),
        };
    }
}
