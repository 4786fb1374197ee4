using ArticleQA.Core;
using ArticleQA.Core.Answering;
using ArticleQA.Llm.Tests.Loopback;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleQA.Llm.Tests;

/// <summary>
/// The real pipeline (real embedding model, the real article) with the LLM answerer pointed at a
/// loopback server. One index folder serves every test, so the index is built once.
/// </summary>
public sealed class Pipeline : IDisposable
{
    /// <summary>The API key the tests configure; it must never leave in a prompt or an output.</summary>
    public const string ApiKey = "sk-loopback-SECRET-3f9c2a";

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "articleqa-llm-tests", Guid.NewGuid().ToString("N"));

    public static string Root { get; } = FindRoot();

    public static string Article => Path.Combine(Root, "corpus", "powering-up.txt");

    /// <summary>Services answering with the model at <paramref name="server"/>; <paramref name="settings"/> override the defaults.</summary>
    public ServiceProvider Build(OpenAIServer? server, params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["ArticleQA:CorpusPath"] = Path.Combine(Root, "corpus"),
            ["ArticleQA:DataPath"] = DataPath,
            ["ArticleQA:PromptsPath"] = Path.Combine(Root, "prompts"),
            ["ArticleQA:Llm:Provider"] = server is null ? "none" : "openai-compatible",
            ["ArticleQA:Llm:Endpoint"] = server?.BaseUrl,
            ["ArticleQA:Llm:Model"] = "loopback-model",
            ["ArticleQA:Llm:ApiKey"] = ApiKey,
            ["ArticleQA:Llm:Timeout"] = "00:00:30",
            ["ArticleQA:Llm:MaxRetries"] = "2",
            // Backoff is real but short, so retried tests stay quick.
            ["ArticleQA:Llm:RetryDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddArticleQACore(configuration)
            .AddArticleQALlm(configuration)
            .BuildServiceProvider();
    }

    /// <summary>Asks one question through a fresh pipeline.</summary>
    public async Task<Answer> AskAsync(OpenAIServer server, string question, params (string Key, string? Value)[] settings)
    {
        await using var services = Build(server, settings);
        return await services.GetRequiredService<ArticleMemory>().AskAsync(question);
    }

    public void Dispose()
    {
        if (Directory.Exists(DataPath)) Directory.Delete(DataPath, recursive: true);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArticleQA.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}

/// <summary>Tests that share one <see cref="Pipeline"/> (and run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class PipelineCollection : ICollectionFixture<Pipeline>
{
    public const string Name = "pipeline";
}
