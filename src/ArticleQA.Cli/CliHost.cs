using ArticleQA.Cli.Commands;
using ArticleQA.Core;
using ArticleQA.Evaluation;
using ArticleQA.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ArticleQA.Cli;

/// <summary>Builds the host of a command: configuration, Core, the LLM answerer and the commands, every option validated.</summary>
/// <param name="console">The console every command writes to.</param>
internal sealed class CliHost(IAnsiConsole console, IReadOnlyDictionary<string, string?>? defaults = null)
{
    /// <summary>The commands by name; each is built by the container with its dependencies.</summary>
    public static readonly IReadOnlyDictionary<string, Type> Commands = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["chat"] = typeof(ChatCommand),
        ["ask"] = typeof(AskCommand),
        ["ingest"] = typeof(IngestCommand),
        ["eval"] = typeof(EvalCommand),
        ["bench"] = typeof(BenchCommand),
        ["config"] = typeof(ConfigCommand),
        ["teams-package"] = typeof(TeamsPackageCommand),
        ["train"] = typeof(TrainCommand),
        ["eval-collection"] = typeof(EvalCollectionCommand),
    };

    /// <summary>Settings that point the pipeline at the article(s) in <paramref name="corpus"/>, with an index folder of their own.</summary>
    public static IReadOnlyDictionary<string, string?>? CorpusOverrides(string? corpus)
    {
        if (corpus is null) return null;
        if (!Directory.Exists(corpus)) throw new UsageException($"--corpus {corpus}: no such folder");
        var full = Path.GetFullPath(corpus);
        var name = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(full)))[..12].ToLowerInvariant();
        return new Dictionary<string, string?>
        {
            ["ArticleQA:CorpusPath"] = full,
            ["ArticleQA:DataPath"] = Path.Combine(RepositoryPaths.Resolve(".data"), "corpora", name),
        };
    }

    /// <summary>A host; <paramref name="overrides"/> (configuration keys) win over every other source.</summary>
    public IHost Build(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddUserSecrets(typeof(CliHost).Assembly, optional: true);
        if (defaults is { Count: > 0 }) builder.Configuration.AddInMemoryCollection(defaults);
        if (overrides is { Count: > 0 }) builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddArticleQACore(builder.Configuration);
        builder.Services.AddArticleQAEvaluation();
        builder.Services.AddArticleQALlm(builder.Configuration);
        builder.Services.AddSingleton(console);
        builder.Services.AddSingleton(this);
        builder.Services.AddSingleton<ConfiguredLlm>();
        foreach (var (name, type) in Commands) builder.Services.AddKeyedTransient(typeof(ICommand), name, type);

        var host = builder.Build();
        try
        {
            // ValidateOnStart runs when a host starts; commands don't start the host, so check every option here.
            host.Services.GetService<IStartupValidator>()?.Validate();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
