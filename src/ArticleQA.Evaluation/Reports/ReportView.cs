using System.Globalization;
using System.Text;
using ArticleQA.Evaluation.Comparison;
using ArticleQA.Evaluation.Running;

namespace ArticleQA.Evaluation.Reports;

/// <summary>What both report formats show: verdicts of every run, the winner, the failing questions, the headline.</summary>
internal sealed class ReportView(EvalReport report)
{
    public EvalReport Report { get; } = report;

    public IReadOnlyDictionary<string, QuestionVerdict> Verdicts { get; } = QuestionVerdict.JudgeAll(report.Questions, report.Primary);

    public IReadOnlyList<IReadOnlyDictionary<string, QuestionVerdict>> AllVerdicts { get; } =
        report.Runs.Select(r => QuestionVerdict.JudgeAll(report.Questions, r)).ToList();

    public EvalResults Winner { get; } = Scoreboard.Winner(report.Runs);

    public IReadOnlyDictionary<string, EvalQuestion> Questions { get; } = report.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);

    public List<string> Failing => Report.Primary.Items.Where(i => Verdicts[i.Id].Outcome == Outcome.Fail).Select(i => i.Id).ToList();

    public string Headline()
    {
        var text = new StringBuilder();
        var scored = Verdicts.Values.Count(v => v.Outcome != Outcome.NotScored);
        if (Report.Primary.Summary is null || scored == 0)
            return Invariant($"The set has no expectations: {Report.Primary.Items.Count} questions answered by {Report.Runs.Count} configuration(s), nothing scored.");

        if (Report.Runs.Count > 1)
        {
            var runnerUp = Report.Runs.Where(r => !ReferenceEquals(r, Winner)).MaxBy(Scoreboard.Score)!;
            var margin = Scoreboard.Score(Winner) - Scoreboard.Score(runnerUp);
            text.Append(Invariant($"Winner: {EvalReport.NameOf(Winner)} with score {Scoreboard.Score(Winner):0.000} (mean of the five summary metrics), "))
                .Append(margin < 0.0005
                    ? Invariant($"level at three decimals with {EvalReport.NameOf(runnerUp)} ({Scoreboard.Score(Winner):0.0000} against {Scoreboard.Score(runnerUp):0.0000}), among {Report.Runs.Count} configurations. ")
                    : Invariant($"ahead of {EvalReport.NameOf(runnerUp)} ({Scoreboard.Score(runnerUp):0.000}) among {Report.Runs.Count} configurations. "));
        }
        else
        {
            text.Append(Invariant($"Configuration {EvalReport.NameOf(Report.Primary)}: score {Scoreboard.Score(Report.Primary):0.000} (mean of the five summary metrics). "));
        }

        var failing = Failing;
        text.Append(Invariant($"{EvalReport.NameOf(Report.Primary)}: {scored - failing.Count} of {scored} scored questions pass"));
        text.Append(failing.Count == 0 ? "." : Invariant($"; {failing.Count} fail: {string.Join(", ", failing)}."));
        return text.ToString();
    }

    /// <summary>The configurations (other than the primary) in which a question fails.</summary>
    public List<string> FailingElsewhere(string id) =>
        Report.Runs.Skip(1).Select((r, i) => (r, v: AllVerdicts[i + 1]))
            .Where(x => x.v.TryGetValue(id, out var verdict) && verdict.Outcome == Outcome.Fail)
            .Select(x => EvalReport.NameOf(x.r))
            .ToList();

    /// <summary>The columns of the per-tag tables.</summary>
    public static readonly string[] TagColumns =
        ["questions", EvalMetrics.AnswerAccuracy, EvalMetrics.CitationPrecision, EvalMetrics.CitationRecall, EvalMetrics.RetrievalRecallAt5, EvalMetrics.AbstentionAccuracy, "token_f1"];

    public static string TagCell(IReadOnlyDictionary<string, double> metrics, string column) =>
        metrics.TryGetValue(column, out var value) ? Scoreboard.Format(column, value) : "—";

    public static string Signed(string metric, double delta) => (delta > 0 ? "+" : "") + Scoreboard.Format(metric, delta);

    public static string Label(Outcome outcome) => outcome switch
    {
        Outcome.Pass => "pass",
        Outcome.Fail => "fail",
        _ => "not-scored",
    };

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
