namespace ArticleQA.Core.Embeddings;

/// <summary>How the embedding model's weights are stored when it runs.</summary>
public enum EmbeddingQuantization
{
    /// <summary>The package's 32-bit float weights, as shipped.</summary>
    None,

    /// <summary>
    /// Every matrix product with 8-bit integers: the weights one scale per output column, the
    /// activations one scale per token (<see cref="ModelQuantizer"/>). 35–60 % less CPU per text (docs/performance.md).
    /// </summary>
    Int8,
}
