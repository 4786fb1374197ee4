using System.Globalization;
using System.Text;
using ArticleQA.Evaluation.Comparison;
using ArticleQA.Evaluation.Running;

using static ArticleQA.Evaluation.Reports.ReportView;

namespace ArticleQA.Evaluation.Reports;

/// <summary>The Markdown report: headline, configurations, scores as text bars, metrics, per tag, baseline, questions.</summary>
internal static class MarkdownReport
{
    public static string Render(ReportView view)
    {
        var report = view.Report;
        var md = new StringBuilder();
        md.AppendLine("# ArticleQA evaluation report").AppendLine();
        md.Append("**").Append(view.Headline()).AppendLine("**").AppendLine();
        foreach (var note in report.Notes) md.AppendLine(CultureInfo.InvariantCulture, $"> {note}").AppendLine();

        md.AppendLine("## Configurations").AppendLine();
        md.AppendLine("| configuration | answerer | retrieval | model | score | " + string.Join(" | ", Scoreboard.TableMetrics) + " |");
        md.AppendLine("|---|---|---|---|---|" + string.Concat(Scoreboard.TableMetrics.Select(_ => "---|")));
        foreach (var run in report.Runs)
        {
            var name = EvalReport.NameOf(run) + (ReferenceEquals(run, view.Winner) && report.Runs.Count > 1 ? " **(winner)**" : "");
            md.AppendLine(Invariant($"| {name} | {run.Config.Answerer} | {run.Config.Retrieval} | {run.Config.EmbeddingModel} | {Scoreboard.Score(run):0.000} | ") +
                string.Join(" | ", Scoreboard.TableMetrics.Select(m => run.Summary?.TryGetValue(m, out var v) == true ? Scoreboard.Format(m, v) : "—")) + " |");
        }

        md.AppendLine().AppendLine("Score per configuration:").AppendLine().AppendLine("```");
        foreach (var run in report.Runs)
            md.AppendLine(Invariant($"{EvalReport.NameOf(run),-22} {new string('█', (int)Math.Round(Scoreboard.Score(run) * 40))} {Scoreboard.Score(run):0.000}"));
        md.AppendLine("```").AppendLine();

        if (report.Primary.Summary is { } summary)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"## All metrics of {EvalReport.NameOf(report.Primary)}").AppendLine();
            md.AppendLine("| metric | value |").AppendLine("|---|---|");
            foreach (var (name, value) in summary) md.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {Scoreboard.Format(name, value)} |");
            md.AppendLine();
        }

        if (report.Primary.SummaryByTag is { Count: > 0 } byTag)
        {
            md.AppendLine("## Per tag").AppendLine();
            md.AppendLine("| tag | " + string.Join(" | ", TagColumns) + " |").AppendLine("|---|" + string.Concat(TagColumns.Select(_ => "---|")));
            foreach (var (tag, metrics) in byTag)
                md.AppendLine($"| {tag} | " + string.Join(" | ", TagColumns.Select(c => TagCell(metrics, c))) + " |");
            md.AppendLine();
        }

        if (report.Baseline is { } baseline) MarkdownBaseline(md, baseline);

        md.AppendLine("## Questions").AppendLine();
        var extraColumn = report.Runs.Count > 1 ? " fails also in |" : "";
        md.AppendLine("| id | verdict | why | question | answer | tags |" + extraColumn).AppendLine("|---|---|---|---|---|---|" + (extraColumn.Length > 0 ? "---|" : ""));
        foreach (var item in report.Primary.Items)
        {
            var verdict = view.Verdicts[item.Id];
            var extra = report.Runs.Count > 1 ? $" {string.Join(", ", view.FailingElsewhere(item.Id))} |" : "";
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {item.Id} | {Label(verdict.Outcome)} | {Cell(string.Join("; ", verdict.Reasons))} | {Cell(item.Question)} | {Cell(item.Answer)} | {string.Join(", ", item.Tags ?? [])} |{extra}");
        }

        return md.ToString();
    }

    private static void MarkdownBaseline(StringBuilder md, BaselineDiff baseline)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"## Against the baseline {baseline.BaselinePath}").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{baseline.Broke.Count} questions went from pass to fail, {baseline.Fixed.Count} from fail to pass.").AppendLine();
        md.AppendLine("| metric | baseline | now | change |").AppendLine("|---|---|---|---|");
        foreach (var change in baseline.Metrics)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {change.Metric} | {Scoreboard.Format(change.Metric, change.Before)} | {Scoreboard.Format(change.Metric, change.After)} | {Signed(change.Metric, change.Delta)} |");
        md.AppendLine();
        foreach (var (title, flips) in new[] { ("pass → fail", baseline.Broke), ("fail → pass", baseline.Fixed) })
        {
            if (flips.Count == 0) continue;
            md.AppendLine(CultureInfo.InvariantCulture, $"{title}:").AppendLine();
            foreach (var flip in flips) md.AppendLine(CultureInfo.InvariantCulture, $"- {flip.Id} {Cell(flip.Question)} — {Cell(flip.Why)}");
            md.AppendLine();
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
