using System.Globalization;
using ArticleQA.Evaluation.Running;

namespace ArticleQA.Evaluation.Gates;

/// <summary>A floor for one summary metric (<c>--min metric=value</c>).</summary>
/// <param name="Metric">A summary metric name.</param>
/// <param name="Minimum">The lowest acceptable value.</param>
public sealed record MetricGate(string Metric, double Minimum)
{
    /// <summary>The names <c>--min</c> accepts: every metric of the summary.</summary>
    public static IReadOnlyList<string> KnownMetrics { get; } =
        [.. EvalMetrics.Summarize([], []).Keys];

    /// <summary>Parses <c>metric=value</c>.</summary>
    /// <exception cref="FormatException">Not <c>metric=value</c>, an unknown metric, or not a number; the message is one line.</exception>
    public static MetricGate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0) throw new FormatException($"--min takes metric=value, not '{text}'");
        var metric = text[..equals].Trim();
        var value = text[(equals + 1)..].Trim();
        if (!KnownMetrics.Contains(metric, StringComparer.Ordinal))
            throw new FormatException($"unknown metric '{metric}' for --min; known: {string.Join(", ", KnownMetrics)}");
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var minimum) || !double.IsFinite(minimum))
            throw new FormatException($"--min {metric}= needs a number, not '{value}'");
        return new MetricGate(metric, minimum);
    }

    /// <summary>The gates that <paramref name="summary"/> does not meet, each as a one-line message.</summary>
    public static IReadOnlyList<string> Failures(IEnumerable<MetricGate> gates, IReadOnlyDictionary<string, double> summary)
    {
        ArgumentNullException.ThrowIfNull(gates);
        ArgumentNullException.ThrowIfNull(summary);
        return gates
            .Where(g => summary.GetValueOrDefault(g.Metric) < g.Minimum)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Metric} {summary.GetValueOrDefault(g.Metric):0.###} is below the minimum {g.Minimum:0.###}"))
            .ToList();
    }
}
