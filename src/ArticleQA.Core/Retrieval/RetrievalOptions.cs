using System.ComponentModel.DataAnnotations;

namespace ArticleQA.Core.Retrieval;

/// <summary>Which rankings retrieval uses.</summary>
public enum RetrievalMode
{
    /// <summary>Dense and BM25 fused by reciprocal rank.</summary>
    Hybrid,
    /// <summary>Cosine similarity of embeddings only.</summary>
    Dense,
    /// <summary>BM25 only.</summary>
    Bm25,
}

/// <summary>Retrieval settings. Section <c>ArticleQA:Retrieval</c>.</summary>
public sealed class RetrievalOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ArticleQA:Retrieval";

    /// <summary>Ranking method.</summary>
    public RetrievalMode Mode { get; set; } = RetrievalMode.Hybrid;

    /// <summary>Passages returned for a question.</summary>
    [Range(1, 50)]
    public int TopK { get; set; } = 5;

    /// <summary>The k of reciprocal rank fusion.</summary>
    [Range(1, 1000)]
    public int FusionK { get; set; } = RankFusion.DefaultK;
}
