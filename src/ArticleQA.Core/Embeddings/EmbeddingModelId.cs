using Microsoft.Extensions.AI;

namespace ArticleQA.Core.Embeddings;

/// <summary>
/// The name vectors are known by: the model's, with its quantisation when it has one ("MiniLM",
/// "MiniLM-int8"). Vectors of two names never mix: the index is keyed by it and a trained ranker records it.
/// </summary>
public static class EmbeddingModelId
{
    /// <summary>The name of the vectors <paramref name="model"/> makes when run with <paramref name="quantization"/>.</summary>
    public static string Of(EmbeddingModelInfo model, EmbeddingQuantization quantization)
    {
        ArgumentNullException.ThrowIfNull(model);
        return quantization == EmbeddingQuantization.None ? model.Name : $"{model.Name}-{quantization.ToString().ToLowerInvariant()}";
    }

    /// <summary>The name of the vectors <paramref name="generator"/> makes, as its metadata gives it; null when it does not say.</summary>
    public static string? Of(IEmbeddingGenerator<string, Embedding<float>> generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        return generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId;
    }
}
