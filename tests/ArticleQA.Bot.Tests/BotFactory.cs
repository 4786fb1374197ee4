using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace ArticleQA.Bot.Tests;

/// <summary>The bot host in process, anonymous (no app id), with the real index and embedding model.</summary>
public class BotFactory : WebApplicationFactory<Program>
{
    /// <summary>What the host logged.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>Settings layered over appsettings.json.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("MicrosoftAppId", "");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<LogCapture>("ArticleQA", LogLevel.Information));
    }
}

/// <summary>The bot host with an app id, so every request needs a Bot Framework token.</summary>
public sealed class AuthenticatedBotFactory : BotFactory
{
    /// <summary>A made-up app id; no token will ever be valid for it.</summary>
    public const string AppId = "00000000-0000-0000-0000-0000000000a1";

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-secret",
    };
}

/// <summary>The bot host with an app id and Direct Line explicitly open to anyone.</summary>
public sealed class AuthenticatedAnonymousDirectLineBotFactory : BotFactory
{
    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AuthenticatedBotFactory.AppId,
        ["MicrosoftAppPassword"] = "not-a-secret",
        ["ArticleQA:DirectLine:AllowAnonymous"] = "true",
    };
}

/// <summary>The bot host with a tiny per-conversation allowance that does not refill during a test.</summary>
public sealed class RateLimitedBotFactory : BotFactory
{
    /// <summary>Activities one conversation may send.</summary>
    public const int Allowance = 2;

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["ArticleQA:Bot:MessagesPerConversation"] = Allowance.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ArticleQA:Bot:ReplenishSeconds"] = "86400",
    };
}

/// <summary>The bot host pointed at a corpus folder that does not exist, so the index never loads.</summary>
public sealed class MissingCorpusBotFactory : BotFactory
{
    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["ArticleQA:CorpusPath"] = Path.Combine(Path.GetTempPath(), "articleqa-no-corpus-" + Guid.NewGuid().ToString("N")),
        ["ArticleQA:DataPath"] = Path.Combine(Path.GetTempPath(), "articleqa-no-data-" + Guid.NewGuid().ToString("N")),
    };
}

/// <summary>The bot host with a Direct Line secret, so starting a conversation needs it.</summary>
public sealed class DirectLineSecretBotFactory : BotFactory
{
    /// <summary>The configured Direct Line secret.</summary>
    public const string Secret = "test-direct-line-secret-of-32-characters-or-more";

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["ArticleQA:DirectLine:Secret"] = Secret,
    };
}

/// <summary>The bot host keeping conversation state in the Redis at <paramref name="connectionString"/>, with its own index folder.</summary>
public sealed class RedisBotFactory(string connectionString, string dataPath) : BotFactory
{
    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["ArticleQA:State:Provider"] = "redis",
        ["ArticleQA:State:ConnectionString"] = connectionString,
        ["ArticleQA:DataPath"] = dataPath,
    };
}

/// <summary>The bot host (memory state) over an index folder of the test's own, so the test may damage the index file.</summary>
public sealed class PrivateIndexBotFactory(string dataPath) : BotFactory
{
    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["ArticleQA:DataPath"] = dataPath,
    };
}
