using ArticleQA.Cli.Commands;
using ArticleQA.Core;
using ArticleQA.Core.Evaluation;
using ArticleQA.Core.Ingestion;
using ArticleQA.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ArticleQA.Cli;

/// <summary>Dispatches a command and turns every failure into a one-line message and an exit code.</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;

    private static readonly HashSet<string> Valued = ["--out", "--report", "--runs", "--min", "--baseline", "--parallel", "--endpoint", "--compare", "--bot-id", "--split", "--corpus"];

    public static async Task<int> RunAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            var line = CommandLine.Parse(args, Valued);
            if (line.Command is "help" or "--help" or "-h" || line.Flag("--help"))
            {
                Help.Print();
                return Ok;
            }

            // "eval --corpus DIR" answers about another article, over an index of its own.
            var corpus = line.Command == "eval" ? CorpusOverrides(line.Option("--corpus")) : null;
            using var host = BuildHost(corpus);
            var services = host.Services;
            return line.Command switch
            {
                "chat" => await new ChatCommand(services).RunAsync(line, cancellation.Token),
                "ask" => await new AskCommand(services).RunAsync(line, cancellation.Token),
                "ingest" => await new IngestCommand(services).RunAsync(line, cancellation.Token),
                "eval" => await new EvalCommand(services, overrides => BuildHost(Merge(corpus, overrides))).RunAsync(line, cancellation.Token),
                "bench" => await new BenchCommand(services).RunAsync(line, cancellation.Token),
                "train" => await new TrainCommand(services).RunAsync(line, cancellation.Token),
                "eval-collection" => await new EvalCollectionCommand(services).RunAsync(line, cancellation.Token),
                "config" => await new ConfigCommand(services).RunAsync(line, cancellation.Token),
                "teams-package" => await new TeamsPackageCommand(services).RunAsync(line, cancellation.Token),
                _ => throw new UsageException($"unknown command '{line.Command}' (see 'articleqa help')"),
            };
        }
        catch (UsageException e)
        {
            return Fail($"usage: {e.Message}", BadInput);
        }
        catch (Exception e) when (e is CorpusException or QuestionSetException)
        {
            return Fail(e.Message, BadInput);
        }
        catch (OptionsValidationException e)
        {
            return Fail($"configuration: {string.Join("; ", e.Failures)}", BadInput);
        }
        catch (InvalidDataException e)
        {
            return Fail($"configuration: {e.Message}", BadInput);
        }
        catch (OperationCanceledException)
        {
            return Fail("cancelled", Failed);
        }
        catch (Exception e)
        {
            // A last resort: say what failed, never print a stack trace to the user.
            if (Environment.GetEnvironmentVariable("ARTICLEQA_TRACE") == "1") Console.Error.WriteLine(e);
            return Fail($"error: {e.GetType().Name}: {e.Message}", Failed);
        }
    }

    /// <summary>Settings that point the pipeline at the article(s) in <paramref name="corpus"/>, with an index folder of their own.</summary>
    private static Dictionary<string, string?>? CorpusOverrides(string? corpus)
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

    private static Dictionary<string, string?>? Merge(Dictionary<string, string?>? first, IReadOnlyDictionary<string, string?>? second)
    {
        if (first is null) return second?.ToDictionary();
        var merged = new Dictionary<string, string?>(first);
        foreach (var (key, value) in second ?? new Dictionary<string, string?>()) merged[key] = value;
        return merged;
    }

    /// <summary>The host of a command; <paramref name="overrides"/> (configuration keys) win over every other source.</summary>
    private static IHost BuildHost(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddUserSecrets(typeof(CliApp).Assembly, optional: true);
        if (overrides is { Count: > 0 }) builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddArticleQACore(builder.Configuration);
        builder.Services.AddArticleQALlm(builder.Configuration);
        var host = builder.Build();
        ValidateOptions(host.Services);
        return host;
    }

    // ValidateOnStart runs when a host starts; commands don't start the host, so check here.
    private static void ValidateOptions(IServiceProvider services)
    {
        try
        {
            ReadOptions(services);
        }
        catch (InvalidOperationException e)
        {
            // A value that does not bind, such as Retrieval:Mode=fastest.
            throw new InvalidDataException(e.InnerException?.Message ?? e.Message, e);
        }
    }

    private static void ReadOptions(IServiceProvider services)
    {
        _ = services.GetRequiredService<IOptions<ArticleQAOptions>>().Value;
        _ = services.GetRequiredService<IOptions<ArticleQA.Core.Ingestion.ChunkingOptions>>().Value;
        _ = services.GetRequiredService<IOptions<ArticleQA.Core.Embeddings.EmbeddingOptions>>().Value;
        _ = services.GetRequiredService<IOptions<ArticleQA.Core.Retrieval.RetrievalOptions>>().Value;
        _ = services.GetRequiredService<IOptions<ArticleQA.Core.Answering.AnswerOptions>>().Value;
        _ = services.GetRequiredService<IOptions<ArticleQA.Llm.LlmOptions>>().Value;
    }

    private static int Fail(string message, int code)
    {
        AnsiConsole.Console.Profile.Out.Writer.Flush();
        Console.Error.WriteLine($"articleqa: {message}");
        return code;
    }
}
