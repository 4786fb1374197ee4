using ArticleQA.Cli.Teams;
using ArticleQA.Core;
using ArticleQA.Core.Ingestion;
using Microsoft.Extensions.Configuration;
using ArticleQA.Core.Settings;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ArticleQA.Cli.Commands;

/// <summary>
/// <c>teams-package [--out FILE] [--bot-id GUID]</c>: writes the Teams app package to sideload.
/// The bot id is <c>--bot-id</c>, else <c>MicrosoftAppId</c> from configuration (environment, user
/// secrets of the CLI or of the bot host); the rest comes from <c>ArticleQA:Teams</c>, and a full
/// name or description left empty there is said of the articles in the corpus.
/// </summary>
internal sealed class TeamsPackageCommand(IAnsiConsole console, IConfiguration configuration, CorpusReader corpus, IOptions<ArticleQAOptions> articleOptions) : ICommand
{
    /// <summary>The user-secrets id of the bot host, where its MicrosoftAppId usually lives.</summary>
    private const string BotUserSecretsId = "articleqa-bot";

    public async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        var output = OutputPaths.CheckFile("--out", line.Option("--out") ?? "articleqa-teams.zip");
        var botId = line.Option("--bot-id");
        line.RejectUnknown();
        if (line.Arguments.Count > 0) throw new UsageException("teams-package takes no arguments (see 'articleqa help')");

        botId ??= configuration["MicrosoftAppId"] is { Length: > 0 } configured
            ? configured
            : new ConfigurationBuilder().AddUserSecrets(BotUserSecretsId).Build()["MicrosoftAppId"];
        if (string.IsNullOrWhiteSpace(botId))
            throw new UsageException("teams-package needs the bot's Microsoft App ID: set MicrosoftAppId (environment or user secrets) or pass --bot-id");
        if (!Guid.TryParseExact(botId, "D", out _))
            throw new UsageException($"the bot id '{botId}' is not a GUID (the Microsoft App ID of the Azure Bot, like 00000000-0000-0000-0000-000000000000)");

        var options = configuration.GetSection(TeamsPackageOptions.SectionName).Get<TeamsPackageOptions>() ?? new TeamsPackageOptions();
        var validation = new SettingsValidator<TeamsPackageOptions>(TeamsPackageOptions.SectionName).Validate(null, options);
        if (validation.Failed) throw new OptionsValidationException(TeamsPackageOptions.SectionName, typeof(TeamsPackageOptions), validation.Failures);
        if (!string.IsNullOrWhiteSpace(options.AppId) && !Guid.TryParseExact(options.AppId, "D", out _))
            throw new InvalidDataException($"{TeamsPackageOptions.SectionName}:AppId is '{options.AppId}'; allowed: a GUID such as 00000000-0000-0000-0000-000000000000");

        if (string.IsNullOrWhiteSpace(options.FullName) || string.IsNullOrWhiteSpace(options.FullDescription))
        {
            var articles = await ReadArticlesAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(options.FullName)) options.FullName = TeamsAppText.FullName(articles);
            if (string.IsNullOrWhiteSpace(options.FullDescription)) options.FullDescription = TeamsAppText.FullDescription(articles);
        }

        await TeamsPackageWriter.WriteAsync(output, botId, options, cancellationToken);
        console.MarkupLine($"[green]Wrote[/] {Markup.Escape(output)}");
        console.MarkupLine($"manifest {TeamsManifest.SchemaVersion}, bot {Markup.Escape(botId)}, personal scope; icons {AppIcons.ColorSize}×{AppIcons.ColorSize} and {AppIcons.OutlineSize}×{AppIcons.OutlineSize}");
        console.MarkupLine("Upload it in Teams: Apps → Manage your apps → Upload an app → Upload a custom app.");
        return CliApp.Ok;
    }

    // The package may be made away from the bot's corpus: then the text speaks of "a news article".
    private async Task<IReadOnlyList<ArticleDocument>> ReadArticlesAsync(CancellationToken cancellationToken)
    {
        try
        {
            var files = await corpus.ReadAsync(RepositoryPaths.Resolve(articleOptions.Value.CorpusPath), cancellationToken);
            return files.Select(f => ArticleParser.Parse(f.Source, f.Text)).ToList();
        }
        catch (CorpusException e)
        {
            console.MarkupLine($"[yellow]No article to describe the app by[/] ({Markup.Escape(e.Message)}); set {TeamsPackageOptions.SectionName}:FullName and FullDescription to name it.");
            return [];
        }
    }
}
