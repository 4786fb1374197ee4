using ArticleQA.Evaluation.Comparison;
using ArticleQA.Evaluation.Running;

namespace ArticleQA.Evaluation.Reports;

/// <summary>Everything a report shows.</summary>
/// <param name="Questions">The question set.</param>
/// <param name="Runs">Results of every configuration run, the primary (written to <c>--out</c>) first.</param>
public sealed record EvalReport(IReadOnlyList<EvalQuestion> Questions, IReadOnlyList<EvalResults> Runs)
{
    /// <summary>The primary configuration's results.</summary>
    public EvalResults Primary => Runs[0];

    /// <summary>The comparison with <c>--baseline</c>, when given.</summary>
    public BaselineDiff? Baseline { get; init; }

    /// <summary>Lines the reader should know: skipped configurations, skipped LLM judges, black-box limits.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Finds the paragraphs citations come from, to highlight them in place; null shows the quote alone.</summary>
    public ParagraphSource? Paragraphs { get; init; }

    /// <summary>A configuration's display name.</summary>
    public static string NameOf(EvalResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.ConfigName ?? $"{results.Config.Retrieval}-{results.Config.EmbeddingModel}".ToLowerInvariant();
    }
}
