using System.Globalization;
using System.Text;

namespace ArticleQA.LoadTest;

/// <summary>The outcome of one turn.</summary>
/// <param name="Conversation">Conversation number.</param>
/// <param name="Turn">Turn number within the conversation (0-based).</param>
/// <param name="Instance">Which base URL served it.</param>
/// <param name="LatencyMs">Time from sending the activity to the whole response.</param>
/// <param name="Error">Null when the turn got its answer; else what went wrong.</param>
/// <param name="IsFollowUp">True when the turn needed the conversation's history.</param>
public sealed record TurnResult(int Conversation, int Turn, int Instance, double LatencyMs, string? Error, bool IsFollowUp);

/// <summary>Throughput, latency percentiles and errors of one run.</summary>
public sealed record LoadReport(IReadOnlyList<TurnResult> Turns, TimeSpan Elapsed, int Conversations, int Instances)
{
    /// <summary>Turns that got the expected answer.</summary>
    public int Answered => Turns.Count(t => t.Error is null);

    /// <summary>Turns that failed in any way.</summary>
    public int Errors => Turns.Count - Answered;

    /// <summary>Follow-up turns and how many were answered correctly.</summary>
    public (int Correct, int Total) FollowUps => (Turns.Count(t => t.IsFollowUp && t.Error is null), Turns.Count(t => t.IsFollowUp));

    /// <summary>Conversations whose every turn got its expected answer.</summary>
    public int CompleteConversations => Turns.GroupBy(t => t.Conversation).Count(g => g.All(t => t.Error is null));

    /// <summary>Turns per second over the run.</summary>
    public double Throughput => Turns.Count / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>The latency at percentile <paramref name="p"/> (0–100), nearest rank.</summary>
    public double Percentile(double p)
    {
        if (Turns.Count == 0) return 0;
        var sorted = Turns.Select(t => t.LatencyMs).Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>"  WHO CPU: … ms per turn (… cores busy)" for <paramref name="usedMs"/> of CPU spent during this run.</summary>
    public string CpuLine(string who, double usedMs) => string.Create(
        CultureInfo.InvariantCulture, $"  {who} CPU: {usedMs / Turns.Count:F1} ms per turn ({usedMs / 1000 / Elapsed.TotalSeconds:F2} cores busy)");

    /// <summary>A readable summary, with the first few errors.</summary>
    public string Summary()
    {
        var (correct, total) = FollowUps;
        var text = new StringBuilder().AppendFormat(
            CultureInfo.InvariantCulture,
            "{0} conversations x {1} turns on {2} instance(s): {3} turns in {4:F2} s = {5:F1} turns/s; latency p50 {6:F0} ms, p95 {7:F0} ms, p99 {8:F0} ms, max {9:F0} ms; errors {10}; follow-ups correct {11}/{12}; complete conversations {13}/{14}",
            Conversations, Conversations == 0 ? 0 : Turns.Count / Conversations, Instances, Turns.Count, Elapsed.TotalSeconds, Throughput,
            Percentile(50), Percentile(95), Percentile(99), Percentile(100), Errors, correct, total, CompleteConversations, Conversations);
        foreach (var error in Turns.Where(t => t.Error is not null).Take(5))
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  conversation {error.Conversation} turn {error.Turn} on instance {error.Instance}: {error.Error}");
        return text.ToString();
    }
}
