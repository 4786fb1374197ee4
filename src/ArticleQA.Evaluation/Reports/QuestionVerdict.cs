using ArticleQA.Evaluation.Running;

namespace ArticleQA.Evaluation.Reports;

/// <summary>How one question fared.</summary>
public enum Outcome
{
    /// <summary>Right answer with a supported citation, or an abstention where one was expected.</summary>
    Pass,

    /// <summary>Something a user would notice went wrong; the reasons say what.</summary>
    Fail,

    /// <summary>The question has no expectation.</summary>
    NotScored,
}

/// <summary>The outcome of one question and why, in words a reader of the report acts on.</summary>
/// <param name="Outcome">Pass, fail or not scored.</param>
/// <param name="Reasons">Why it failed, or notes on a pass (such as an extra unsupported citation).</param>
public sealed record QuestionVerdict(Outcome Outcome, IReadOnlyList<string> Reasons)
{
    /// <summary>
    /// Judges an item against its question: an answerable question passes when the answer is
    /// correct by <c>answer_accuracy</c>'s rule and a citation overlaps a support quote; an
    /// unanswerable one passes when the system abstained.
    /// </summary>
    public static QuestionVerdict Judge(EvalQuestion? question, ResultItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (question?.IsUnanswerable == true)
        {
            return item.Abstained
                ? new QuestionVerdict(Outcome.Pass, ["abstained as expected"])
                : new QuestionVerdict(Outcome.Fail, [$"answered an unanswerable question{Cited(item)}"]);
        }

        if (question?.IsAnswerable != true) return new QuestionVerdict(Outcome.NotScored, ["not scored"]);
        if (item.Abstained)
            return new QuestionVerdict(Outcome.Fail, [$"abstained on an answerable question{(item.NoResultReason is { } r ? $" ({r})" : "")}"]);

        var failures = new List<string>();
        var notes = new List<string>();
        foreach (var group in question.Expected!.Contains!.Where(g => !TextOverlap.ContainsAll(item.Answer, [g])))
            failures.Add($"missing expected fact '{string.Join("' or '", group)}'");
        var length = TextOverlap.CodePoints(item.Answer);
        if (length > EvalMetrics.MaxCorrectAnswerLength)
            failures.Add($"answer is {length} characters (at most {EvalMetrics.MaxCorrectAnswerLength} count as correct)");

        var unsupported = item.Citations.Where(c => !EvalMetrics.Supports(c.Quote, question)).ToList();
        if (item.Citations.Count == 0) failures.Add("no citation");
        else if (unsupported.Count == item.Citations.Count) failures.Add($"cited sentence not in support: {Quotes(unsupported)}");
        else if (unsupported.Count > 0) notes.Add($"also cites a sentence not in support: {Quotes(unsupported)}");

        if (EvalMetrics.FirstSupportedRank(item, question) is not (<= 5)) notes.Add("support not retrieved in the top 5");
        return failures.Count > 0
            ? new QuestionVerdict(Outcome.Fail, [.. failures, .. notes])
            : new QuestionVerdict(Outcome.Pass, notes.Count > 0 ? notes : ["contains the expected facts, cites the support"]);
    }

    /// <summary>The verdict of every item, matched to its question by id.</summary>
    public static IReadOnlyDictionary<string, QuestionVerdict> JudgeAll(IReadOnlyList<EvalQuestion> questions, EvalResults results)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(results);
        var byId = questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        return results.Items.ToDictionary(i => i.Id, i => Judge(byId.GetValueOrDefault(i.Id), i), StringComparer.Ordinal);
    }

    private static string Cited(ResultItem item) => item.Citations.Count > 0 ? $" (cited {Quotes(item.Citations)})" : "";

    private static string Quotes(IEnumerable<ResultCitation> citations) =>
        string.Join(", ", citations.Select(c => $"[{c.N}] '{Short(c.Quote)}'"));

    private static string Short(string text) => text.Length <= 70 ? text : text[..67].TrimEnd() + "…";
}
