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

    /// <summary>Not read since the learned ranker replaced the hand-set checks; kept so that existing settings still bind.</summary>
    [Range(0.0, 1.0)]
    public double ParaphraseSimilarity { get; set; } = 0.70;

    /// <summary>Not read since the learned ranker replaced the hand-set checks; kept so that existing settings still bind.</summary>
    [Range(0.0, 1.0)]
    public double TopicSimilarity { get; set; } = 0.40;

    /// <summary>Not read since the learned ranker replaced the hand-set checks; kept so that existing settings still bind.</summary>
    [Range(0.0, 1.0)]
    public double MinFocusCoverage { get; set; } = 0.35;

    /// <summary>Not read since the learned ranker replaced the hand-set checks; kept so that existing settings still bind.</summary>
    [Range(0.0, 1.0)]
    public double MinEntityCoverage { get; set; } = 0.75;

    /// <summary>
    /// The learned ranker's model file (JSON, written by <c>articleqa train</c>); empty for the model shipped in the
    /// program.
    /// </summary>
    public string? ModelPath { get; set; }

    /// <summary>Abstain when the best sentence's probability is below this; empty for the threshold chosen in training.</summary>
    [Range(0.0, 1.0)]
    public double? AbstainBelow { get; set; }
}
