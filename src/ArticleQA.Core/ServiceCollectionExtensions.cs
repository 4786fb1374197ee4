using ArticleQA.Core.Answering;
using ArticleQA.Core.Conversation;
using ArticleQA.Core.Embeddings;
using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Retrieval;
using ArticleQA.Core.Settings;
using ArticleQA.Core.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.VectorData;

namespace ArticleQA.Core;

/// <summary>Registers ArticleQA's core services.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds ingestion, the embedded ONNX embedding model, the in-memory vector store, hybrid
    /// retrieval and the extractive answerer, with validated options. Registrations use
    /// TryAdd, so a host may register another <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>,
    /// <see cref="VectorStore"/> or <see cref="IAnswerer"/> first.
    /// </summary>
    public static IServiceCollection AddArticleQACore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<ArticleQAOptions>(configuration, ArticleQAOptions.SectionName);
        services.AddValidatedOptions<ChunkingOptions>(configuration, ChunkingOptions.SectionName);
        services.AddValidatedOptions<EmbeddingOptions>(configuration, EmbeddingOptions.SectionName);
        services.AddValidatedOptions<RetrievalOptions>(configuration, RetrievalOptions.SectionName);
        services.AddValidatedOptions<AnswerOptions>(configuration, AnswerOptions.SectionName);

        services.AddLogging();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentLoader, PlainTextLoader>());
        services.TryAddSingleton<CorpusReader>();
        services.TryAddSingleton(sp => EmbeddingModelInfo.Find(sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value.Model)!);
        services.TryAddSingleton(sp => WordPieceTokenizer.Load(sp.GetRequiredService<EmbeddingModelInfo>()));
        services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => CreateEmbeddingGenerator(
            sp.GetRequiredService<EmbeddingModelInfo>(), sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value));
        services.TryAddSingleton<VectorStore, InMemoryVectorStore>();
        services.TryAddSingleton<IndexProvider>();
        services.TryAddSingleton<Retriever>();
        services.TryAddSingleton(sp => LoadRanker(sp.GetRequiredService<IOptions<AnswerOptions>>().Value));
        services.TryAddSingleton<ExtractiveAnswerer>();
        services.TryAddSingleton<IAnswerer>(sp => sp.GetRequiredService<ExtractiveAnswerer>());
        services.TryAddSingleton<IFollowUpResolver, RuleFollowUpResolver>();
        services.TryAddSingleton<ArticleMemory>();
        return services;
    }

    /// <summary>The ONNX model, with concurrent questions pooled into one run unless <see cref="EmbeddingOptions.MaxBatchSize"/> is 1.</summary>
    private static IEmbeddingGenerator<string, Embedding<float>> CreateEmbeddingGenerator(EmbeddingModelInfo model, EmbeddingOptions options)
    {
        var folder = string.IsNullOrWhiteSpace(options.ModelCachePath) ? null : RepositoryPaths.Resolve(options.ModelCachePath);
        var onnx = new OnnxEmbeddingGenerator(model, options.IntraOpThreads, folder, options.Quantization);
        return options.MaxBatchSize > 1 ? new BatchingEmbeddingGenerator(onnx, options.MaxBatchSize, options.EffectiveConcurrentRuns) : onnx;
    }

    /// <summary>The ranker model at <see cref="AnswerOptions.ModelPath"/>, or the one shipped in the program.</summary>
    private static RankerModel LoadRanker(AnswerOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ModelPath)) return RankerModel.LoadShipped();
        var path = RepositoryPaths.Resolve(options.ModelPath);
        try
        {
            using var file = File.OpenRead(path);
            return RankerModel.Load(file, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"ArticleQA:Answer:ModelPath: cannot read {path}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to <paramref name="section"/>, validated by its data
    /// annotations and its own rules when the host starts, so a broken value stops it with a
    /// message that names the setting and the values it allows (<see cref="SettingsValidator{TOptions}"/>).
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var bound = configuration.GetSection(section);
        services.AddSingleton<IOptionsChangeTokenSource<TOptions>>(new ConfigurationChangeTokenSource<TOptions>(Options.DefaultName, bound));
        services.AddSingleton<IValidateOptions<TOptions>>(new SettingsValidator<TOptions>(section));
        return services.AddOptions<TOptions>()
            .Configure(options => SettingsBinder.Bind(bound, options))
            .ValidateOnStart();
    }
}
