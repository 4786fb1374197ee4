using ArticleQA.Core;
using ArticleQA.Core.Answering;
using ArticleQA.Core.Storage;
using ArticleQA.Evaluation;
using ArticleQA.Evaluation.Running;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleQA.IntegrationTests;

/// <summary>The real pipeline (real model, real article) over a private data folder.</summary>
public sealed class ArticleQAFixture : IDisposable
{
    private readonly TempFolder _data = new();

    public ArticleQAFixture()
    {
        Services = Build(TestPaths.Corpus, _data.Path);
    }

    public ServiceProvider Services { get; }

    public ArticleMemory Memory => Services.GetRequiredService<ArticleMemory>();

    public EvalRunner Runner => Services.GetRequiredService<EvalRunner>();

    public IndexProvider Index => Services.GetRequiredService<IndexProvider>();

    /// <summary>A provider over the given corpus and data folders, with optional extra settings.</summary>
    public static ServiceProvider Build(string corpus, string data, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["ArticleQA:CorpusPath"] = corpus,
            ["ArticleQA:DataPath"] = data,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddArticleQACore(configuration).AddArticleQAEvaluation().BuildServiceProvider();
    }

    public void Dispose()
    {
        Services.Dispose();
        _data.Dispose();
    }
}
