using ArticleQA.Evaluation.Reports;
using ArticleQA.Evaluation.Running;

namespace ArticleQA.Evaluation.Comparison;

/// <summary>A question whose outcome changed since the baseline.</summary>
/// <param name="Id">Question id.</param>
/// <param name="Question">The question.</param>
/// <param name="Before">Outcome in the baseline.</param>
/// <param name="After">Outcome now.</param>
/// <param name="Why">The reasons of the new verdict.</param>
public sealed record FlippedQuestion(string Id, string Question, Outcome Before, Outcome After, string Why);

/// <summary>One metric before and after.</summary>
/// <param name="Metric">Metric name.</param>
/// <param name="Before">Baseline value.</param>
/// <param name="After">Current value.</param>
public sealed record MetricChange(string Metric, double Before, double After)
{
    /// <summary>After minus before.</summary>
    public double Delta => After - Before;
}

/// <summary>
/// What changed between a baseline results document (<c>--baseline OLD.json</c>) and a new one
/// for the same question set: questions that flipped between pass and fail, and each metric's change.
/// </summary>
/// <param name="BaselinePath">The baseline file, for titles.</param>
/// <param name="Broke">Pass then, fail now.</param>
/// <param name="Fixed">Fail then, pass now.</param>
/// <param name="Metrics">Every metric present in both summaries, contract metrics first.</param>
public sealed record BaselineDiff(string BaselinePath, IReadOnlyList<FlippedQuestion> Broke, IReadOnlyList<FlippedQuestion> Fixed, IReadOnlyList<MetricChange> Metrics)
{
    /// <summary>Compares <paramref name="current"/> with <paramref name="baseline"/>; both are judged against <paramref name="questions"/>.</summary>
    public static BaselineDiff Compare(string baselinePath, IReadOnlyList<EvalQuestion> questions, EvalResults baseline, EvalResults current)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        // Score the baseline afresh so that an old file (or one written by another tool) is read with today's rules.
        var before = QuestionVerdict.JudgeAll(questions, baseline);
        var after = QuestionVerdict.JudgeAll(questions, current);
        var broke = new List<FlippedQuestion>();
        var fixedOnes = new List<FlippedQuestion>();
        foreach (var item in current.Items)
        {
            if (!before.TryGetValue(item.Id, out var was)) continue;
            var now = after[item.Id];
            var flip = new FlippedQuestion(item.Id, item.Question, was.Outcome, now.Outcome, string.Join("; ", now.Reasons));
            if (was.Outcome == Outcome.Pass && now.Outcome == Outcome.Fail) broke.Add(flip);
            else if (was.Outcome == Outcome.Fail && now.Outcome == Outcome.Pass) fixedOnes.Add(flip);
        }

        var old = EvalRunner.Score(questions, baseline).Summary ?? new Dictionary<string, double>();
        var fresh = current.Summary ?? new Dictionary<string, double>();
        var metrics = Scoreboard.TableMetrics.Concat(fresh.Keys).Distinct(StringComparer.Ordinal)
            .Where(m => old.ContainsKey(m) && fresh.ContainsKey(m))
            .Select(m => new MetricChange(m, old[m], fresh[m]))
            .ToList();
        return new BaselineDiff(baselinePath, broke, fixedOnes, metrics);
    }
}
