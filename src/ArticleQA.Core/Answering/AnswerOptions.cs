using System.ComponentModel.DataAnnotations;

namespace ArticleQA.Core.Answering;

/// <summary>Settings of the extractive answerer. Section <c>ArticleQA:Answer</c>.</summary>
public sealed class AnswerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ArticleQA:Answer";

    /// <summary>Most sentences quoted in one answer.</summary>
    [Range(1, 3)]
    public int MaxSentences { get; set; } = 3;

    /// <summary>Longest answer, in characters.</summary>
    [Range(100, 2000)]
    public int MaxAnswerLength { get; set; } = 500;

    /// <summary>Below this cosine similarity nothing in the article is about the question.</summary>
    [Range(0.0, 1.0)]
    public double MinSimilarity { get; set; } = 0.30;

    /// <summary>At or above this similarity a sentence answers a factual question even when its words differ.</summary>
    [Range(0.0, 1.0)]
    public double ParaphraseSimilarity { get; set; } = 0.70;

    /// <summary>At or above this similarity a sentence answers a descriptive (what, why, how) question.</summary>
    [Range(0.0, 1.0)]
    public double TopicSimilarity { get; set; } = 0.40;

    /// <summary>Share of the question's focus words (weighted by rarity, synonyms allowed) a sentence must cover.</summary>
    [Range(0.0, 1.0)]
    public double MinFocusCoverage { get; set; } = 0.35;

    /// <summary>Share of the names in the question a sentence or its paragraph must mention.</summary>
    [Range(0.0, 1.0)]
    public double MinEntityCoverage { get; set; } = 0.75;
}
