namespace ArticleQA.Core.Retrieval;

/// <summary>Reciprocal rank fusion (Cormack et al., 2009): Σ 1 / (k + rank) over the rankings.</summary>
public static class RankFusion
{
    /// <summary>The usual constant; larger values flatten the head of each ranking.</summary>
    public const int DefaultK = 60;

    /// <summary>Fuses rankings of item ids (best first) into one score per id.</summary>
    public static Dictionary<TKey, double> Fuse<TKey>(IEnumerable<IReadOnlyList<TKey>> rankings, int k = DefaultK)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(rankings);
        var scores = new Dictionary<TKey, double>();
        foreach (var ranking in rankings)
            for (var rank = 0; rank < ranking.Count; rank++)
                scores[ranking[rank]] = scores.GetValueOrDefault(ranking[rank]) + (1.0 / (k + rank + 1));
        return scores;
    }
}
