using Microsoft.Extensions.VectorData;

namespace ArticleQA.Core.Storage;

/// <summary>A sentence or a chunk of the corpus as a vector store keeps it.</summary>
public sealed class TextRecord
{
    /// <summary>Record kind for chunks.</summary>
    public const string ChunkKind = "chunk";

    /// <summary>Record kind for sentences.</summary>
    public const string SentenceKind = "sentence";

    /// <summary>Unique key: "c:" or "s:" and the position in the index.</summary>
    [VectorStoreKey]
    public string Key { get; set; } = "";

    /// <summary><see cref="ChunkKind"/> or <see cref="SentenceKind"/>.</summary>
    [VectorStoreData(IsIndexed = true)]
    public string Kind { get; set; } = "";

    /// <summary>Position of the chunk or sentence in the index.</summary>
    [VectorStoreData]
    public int Position { get; set; }

    /// <summary>File name of the document.</summary>
    [VectorStoreData(IsIndexed = true)]
    public string Source { get; set; } = "";

    /// <summary>Paragraph number.</summary>
    [VectorStoreData]
    public int Paragraph { get; set; }

    /// <summary>Start offset in the source file.</summary>
    [VectorStoreData]
    public int Start { get; set; }

    /// <summary>End offset in the source file.</summary>
    [VectorStoreData]
    public int End { get; set; }

    /// <summary>The exact text.</summary>
    [VectorStoreData]
    public string Text { get; set; } = "";

    /// <summary>Its embedding, L2-normalised.</summary>
    [VectorStoreVector(384, DistanceFunction = DistanceFunction.CosineSimilarity)]
    public ReadOnlyMemory<float> Vector { get; set; }
}
