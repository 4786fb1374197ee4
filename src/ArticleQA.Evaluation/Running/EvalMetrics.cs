using System.Text.RegularExpressions;

namespace ArticleQA.Evaluation.Running;

/// <summary>
/// Scores a results document against its question set. The five contract metrics follow
/// docs/eval-format.md to the letter; the others are documented beside them.
/// </summary>
public static partial class EvalMetrics
{
    /// <summary>Share of answerable questions answered, with every contains group, in at most 600 characters.</summary>
    public const string AnswerAccuracy = "answer_accuracy";

    /// <summary>Over answerable questions: citations overlapping a support quote / all citations.</summary>
    public const string CitationPrecision = "citation_precision";

    /// <summary>Share of answerable questions with a citation overlapping a support quote.</summary>
    public const string CitationRecall = "citation_recall";

    /// <summary>Share of answerable questions with a support quote in the first five retrieved texts.</summary>
    public const string RetrievalRecallAt5 = "retrieval_recall_at_5";

    /// <summary>Share of unanswerable questions abstained on.</summary>
    public const string AbstentionAccuracy = "abstention_accuracy";

    private static readonly string[] AnswerableMetrics =
    [
        AnswerAccuracy, CitationPrecision, CitationRecall, RetrievalRecallAt5, "retrieval_recall_at_1", "retrieval_recall_at_3",
        "retrieval_mrr", "token_f1", "false_abstention_rate",
    ];

    /// <summary>The longest answer that can count as correct.</summary>
    public const int MaxCorrectAnswerLength = 600;

    /// <summary>All metrics over <paramref name="items"/>, matched to <paramref name="questions"/> by id.</summary>
    public static Dictionary<string, double> Summarize(IReadOnlyList<EvalQuestion> questions, IReadOnlyList<ResultItem> items)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(items);
        var byId = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var pairs = questions.Where(q => byId.ContainsKey(q.Id)).Select(q => (Question: q, Item: byId[q.Id])).ToList();
        var answerable = pairs.Where(p => p.Question.IsAnswerable).ToList();
        var unanswerable = pairs.Where(p => p.Question.IsUnanswerable).ToList();

        var citations = answerable.SelectMany(p => p.Item.Citations.Select(c => Supports(c.Quote, p.Question))).ToList();
        var firstHit = answerable.Select(p => FirstSupportedRank(p.Item, p.Question)).ToList();
        var latencies = pairs.Select(p => p.Item.LatencyMs).Order().ToList();

        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [AnswerAccuracy] = Share(answerable, p => IsCorrect(p.Item, p.Question)),
            [CitationPrecision] = citations.Count == 0 ? 0 : citations.Count(hit => hit) / (double)citations.Count,
            [CitationRecall] = Share(answerable, p => p.Item.Citations.Any(c => Supports(c.Quote, p.Question))),
            [RetrievalRecallAt5] = Share(firstHit, rank => rank is <= 5),
            [AbstentionAccuracy] = Share(unanswerable, p => p.Item.Abstained),
            ["retrieval_recall_at_1"] = Share(firstHit, rank => rank is <= 1),
            ["retrieval_recall_at_3"] = Share(firstHit, rank => rank is <= 3),
            ["retrieval_mrr"] = firstHit.Count == 0 ? 0 : firstHit.Average(rank => rank is { } r ? 1.0 / r : 0),
            ["token_f1"] = Mean(answerable.Where(p => p.Question.Expected!.Answer is not null)
                .Select(p => p.Item.Abstained ? 0 : TokenF1(p.Item.Answer, p.Question.Expected!.Answer!))),
            ["false_abstention_rate"] = Share(answerable, p => p.Item.Abstained),
            ["mean_answer_length"] = Mean(pairs.Where(p => !p.Item.Abstained).Select(p => (double)p.Item.Answer.Length)),
            ["latency_p50_ms"] = Percentile(latencies, 0.50),
            ["latency_p95_ms"] = Percentile(latencies, 0.95),
            ["answerable_questions"] = answerable.Count,
            ["unanswerable_questions"] = unanswerable.Count,
        };
    }

    /// <summary>
    /// The metrics of <see cref="Summarize"/> for each tag, over the questions carrying it, plus
    /// <c>questions</c> (how many carry it); a metric whose questions the tag has none of (such as
    /// abstention accuracy for a tag with no unanswerable question) is left out. Tags in ordinal order.
    /// </summary>
    public static SortedDictionary<string, Dictionary<string, double>> SummarizeByTag(IReadOnlyList<EvalQuestion> questions, IReadOnlyList<ResultItem> items)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var byTag = new SortedDictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var tag in questions.SelectMany(q => q.Tags ?? []).Distinct(StringComparer.Ordinal))
        {
            var tagged = questions.Where(q => q.Tags?.Contains(tag, StringComparer.Ordinal) == true).ToList();
            var metrics = Summarize(tagged, items);
            metrics["questions"] = tagged.Count;
            // A share over no questions is not a measurement: leave it out rather than report 0.
            if (metrics["answerable_questions"] == 0)
            {
                foreach (var name in AnswerableMetrics) metrics.Remove(name);
            }

            if (metrics["unanswerable_questions"] == 0) metrics.Remove(AbstentionAccuracy);
            byTag[tag] = metrics;
        }

        return byTag;
    }

    /// <summary>True when the item answers the question correctly by <see cref="AnswerAccuracy"/>'s rule.</summary>
    public static bool IsCorrect(ResultItem item, EvalQuestion question)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(question);
        return !item.Abstained
               && question.Expected?.Contains is { } groups
               && TextOverlap.CodePoints(item.Answer) <= MaxCorrectAnswerLength
               && TextOverlap.ContainsAll(item.Answer, groups);
    }

    /// <summary>True when <paramref name="text"/> overlaps one of the question's support quotes.</summary>
    public static bool Supports(string text, EvalQuestion question) =>
        question.Expected?.Support is { } support && support.Any(s => TextOverlap.Overlaps(text, s));

    /// <summary>The 1-based rank of the first retrieved passage overlapping a support quote, or null.</summary>
    public static int? FirstSupportedRank(ResultItem item, EvalQuestion question)
    {
        ArgumentNullException.ThrowIfNull(item);
        var hit = item.Retrieved.Select((p, i) => (p, i)).FirstOrDefault(x => Supports(x.p.Text, question));
        return hit.p is null ? null : hit.i + 1;
    }

    /// <summary>SQuAD-style token F1 of an answer (markers removed) against a reference.</summary>
    public static double TokenF1(string answer, string reference)
    {
        var predicted = Tokens(Markers().Replace(answer, " "));
        var expected = Tokens(reference);
        if (predicted.Count == 0 || expected.Count == 0) return predicted.Count == expected.Count ? 1 : 0;
        var remaining = expected.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var common = 0;
        foreach (var token in predicted)
        {
            if (remaining.GetValueOrDefault(token) <= 0) continue;
            remaining[token]--;
            common++;
        }

        if (common == 0) return 0;
        var precision = common / (double)predicted.Count;
        var recall = common / (double)expected.Count;
        return 2 * precision * recall / (precision + recall);
    }

    /// <summary>Linear-interpolated percentile of sorted values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0) return 0;
        var position = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }

    private static List<string> Tokens(string text) =>
        Words().Matches(TextOverlap.Normalize(text)).Select(m => m.Value).Where(w => w is not ("a" or "an" or "the")).ToList();

    private static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) =>
        items.Count == 0 ? 0 : items.Count(predicate) / (double)items.Count;

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : list.Average();
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Markers();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
