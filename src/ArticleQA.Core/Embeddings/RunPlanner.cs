namespace ArticleQA.Core.Embeddings;

/// <summary>
/// Splits texts sorted by token count into model runs so that the work padded in is worth less than
/// the runs it saves. A run costs a fixed overhead plus its rows times its widest row (in tokens); the
/// plan is the cheapest split into consecutive runs of at most a given size.
/// </summary>
internal static class RunPlanner
{
    /// <summary>
    /// A run's fixed cost in padded token slots, measured with MiniLM on one intra-op thread: one run of
    /// 16 questions of 7 to 17 word pieces against the same questions in runs chosen with 16, 32 and 64.
    /// </summary>
    public const int RunOverheadTokens = 16;

    /// <summary>
    /// Consecutive ranges of <paramref name="sortedLengths"/> (ascending token counts), each one model run
    /// of at most <paramref name="maxRunSize"/> texts, that together cost the least.
    /// </summary>
    public static IReadOnlyList<Range> Plan(IReadOnlyList<int> sortedLengths, int maxRunSize, int overheadTokens = RunOverheadTokens)
    {
        ArgumentNullException.ThrowIfNull(sortedLengths);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRunSize, 1);
        var count = sortedLengths.Count;
        // cost[end]: the cheapest plan of the first end texts; start[end]: where its last run starts.
        var cost = new long[count + 1];
        var start = new int[count + 1];
        for (var end = 1; end <= count; end++)
        {
            cost[end] = long.MaxValue;
            for (var first = Math.Max(0, end - maxRunSize); first < end; first++)
            {
                var candidate = cost[first] + overheadTokens + (long)(end - first) * sortedLengths[end - 1];
                if (candidate >= cost[end]) continue;
                cost[end] = candidate;
                start[end] = first;
            }
        }

        var runs = new List<Range>();
        for (var end = count; end > 0; end = start[end]) runs.Add(start[end]..end);
        runs.Reverse();
        return runs;
    }
}
