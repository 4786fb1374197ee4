using ArticleQA.Core;
using ArticleQA.Core.Answering;
using ArticleQA.Core.Embeddings;
using ArticleQA.Core.Storage;
using ArticleQA.Evaluation.Running;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ArticleQA.Evaluation.Collection;

/// <summary>
/// The embedded pipeline over one article of the collection, with its own index under a data
/// folder of its own. Workspaces share the embedding model, which loads once.
/// </summary>
public sealed class ArticleWorkspace : IDisposable
{
    private readonly ServiceProvider _services;

    private ArticleWorkspace(ServiceProvider services) => _services = services;

    /// <summary>The article's memory: Ask and the contexts training reads.</summary>
    public ArticleMemory Memory => _services.GetRequiredService<ArticleMemory>();

    /// <summary>The runner of question sets over this article.</summary>
    public EvalRunner Runner => _services.GetRequiredService<EvalRunner>();

    /// <summary>The article's index, built or loaded on first use.</summary>
    public Task<ArticleIndex> IndexAsync(CancellationToken cancellationToken = default) =>
        _services.GetRequiredService<IndexProvider>().GetAsync(cancellationToken);

    /// <summary>The answer settings in force.</summary>
    public AnswerOptions AnswerOptions => _services.GetRequiredService<IOptions<AnswerOptions>>().Value;

    /// <summary>
    /// Opens the pipeline over the article in <paramref name="corpusPath"/>. <paramref name="ranker"/> answers; null answers
    /// with the model-free similarity ranking that training starts from. <paramref name="shared"/> provides the
    /// embedding model, and <paramref name="configuration"/> every other setting.
    /// </summary>
    public static ArticleWorkspace Open(
        string corpusPath, string dataPath, RankerModel? ranker, IServiceProvider shared, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ArticleQA:CorpusPath"] = corpusPath,
                ["ArticleQA:DataPath"] = dataPath,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(shared.GetRequiredService<EmbeddingModelInfo>());
        services.AddSingleton(shared.GetRequiredService<WordPieceTokenizer>());
        services.AddSingleton(shared.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        if (ranker is not null) services.AddSingleton(ranker);
        else services.AddSingleton<IAnswerer>(sp => new ExtractiveAnswerer(sp.GetRequiredService<IOptions<AnswerOptions>>()));
        services.AddArticleQACore(settings).AddArticleQAEvaluation();
        return new ArticleWorkspace(services.BuildServiceProvider());
    }

    /// <inheritdoc />
    public void Dispose() => _services.Dispose();
}
