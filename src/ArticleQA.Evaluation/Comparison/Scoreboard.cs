using ArticleQA.Evaluation.Running;

namespace ArticleQA.Evaluation.Comparison;

/// <summary>Which metrics tables show, and how configurations are ranked against each other.</summary>
public static class Scoreboard
{
    /// <summary>The five summary metrics of the results contract: a configuration's score is their mean.</summary>
    public static IReadOnlyList<string> ContractMetrics { get; } =
    [
        EvalMetrics.AnswerAccuracy, EvalMetrics.CitationPrecision, EvalMetrics.CitationRecall,
        EvalMetrics.RetrievalRecallAt5, EvalMetrics.AbstentionAccuracy,
    ];

    /// <summary>The columns of comparison tables, contract metrics first.</summary>
    public static IReadOnlyList<string> TableMetrics { get; } =
    [
        .. ContractMetrics, "retrieval_recall_at_1", "retrieval_mrr", "token_f1", "false_abstention_rate", "latency_p50_ms", "latency_p95_ms",
    ];

    /// <summary>Metrics where lower is better.</summary>
    public static bool LowerIsBetter(string metric) =>
        metric is "false_abstention_rate" || metric.EndsWith("_ms", StringComparison.Ordinal);

    /// <summary>The mean of the five contract metrics (0 when the document has no summary).</summary>
    public static double Score(EvalResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Summary is { } summary ? ContractMetrics.Average(m => summary.GetValueOrDefault(m)) : 0;
    }

    /// <summary>The best configuration by <see cref="Score"/>; the earliest wins a tie, so the primary keeps it.</summary>
    public static EvalResults Winner(IReadOnlyList<EvalResults> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var best = results[0];
        foreach (var candidate in results.Skip(1))
            if (Score(candidate) > Score(best) + 1e-9) best = candidate;
        return best;
    }

    /// <summary>A value as tables print it: milliseconds and counts with one decimal, rates with three.</summary>
    public static string Format(string metric, double value) =>
        value.ToString(
            metric.EndsWith("_ms", StringComparison.Ordinal) || metric.EndsWith("length", StringComparison.Ordinal) || metric.EndsWith("questions", StringComparison.Ordinal) || metric == "questions"
                ? "0.#" : "0.000",
            System.Globalization.CultureInfo.InvariantCulture);
}
