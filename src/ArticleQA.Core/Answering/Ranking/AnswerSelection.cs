using ArticleQA.Core.Ingestion;

namespace ArticleQA.Core.Answering;

/// <summary>A sentence with the ranker's probability that it answers the question.</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Probability">Probability that it answers.</param>
public sealed record RankedSentence(Sentence Sentence, double Probability);

/// <summary>
/// Chooses the sentences an answer quotes from the ranked candidates under an
/// <see cref="AnswerPolicy"/>: none when the best is too unlikely (an abstention), else the best
/// and the few next ones nearly as likely, from the same document, within the length budget, in
/// article order. Training chooses the policy with this same code.
/// </summary>
public static class AnswerSelection
{
    // Room for " [n]" after a quote.
    private const int MarkerRoom = 5;

    /// <summary>The sentences to quote, in article order; empty for an abstention.</summary>
    /// <param name="ranked">The candidates, best first: by probability, or by the model's listwise order when it has one.</param>
    /// <param name="policy">The answer policy.</param>
    /// <param name="maxSentences">Most sentences the settings allow.</param>
    /// <param name="maxLength">Longest answer the settings allow.</param>
    public static IReadOnlyList<RankedSentence> Choose(IReadOnlyList<RankedSentence> ranked, AnswerPolicy policy, int maxSentences, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(policy);
        if (ranked.Count == 0) return [];
        var best = ranked[0];
        if (best.Probability < policy.AbstainBelow) return [];

        var chosen = new List<RankedSentence> { best };
        var length = best.Sentence.Text.Length + MarkerRoom;
        var limit = Math.Min(policy.MaxSentences, maxSentences);
        foreach (var candidate in ranked)
        {
            if (chosen.Count >= limit) break;
            if (candidate == best || candidate.Probability < policy.JoinShare * best.Probability || candidate.Probability < policy.AbstainBelow) continue;
            if (candidate.Sentence.Source != best.Sentence.Source) continue;
            if (length + candidate.Sentence.Text.Length + MarkerRoom + 1 > maxLength) continue;
            chosen.Add(candidate);
            length += candidate.Sentence.Text.Length + MarkerRoom + 1;
        }

        return chosen.OrderBy(c => c.Sentence.Index).ToList();
    }
}
