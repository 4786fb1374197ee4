using ArticleQA.Evaluation.Comparison;
using ArticleQA.Evaluation.Reports;
using ArticleQA.Evaluation.Running;
using Spectre.Console;

namespace ArticleQA.Cli.Commands;

/// <summary>Prints an evaluation in the console: metrics, per tag, the comparison, the baseline change, the headline.</summary>
internal static class EvalConsole
{
    private static readonly string[] TagColumns =
        ["questions", EvalMetrics.AnswerAccuracy, EvalMetrics.CitationPrecision, EvalMetrics.CitationRecall, EvalMetrics.RetrievalRecallAt5, EvalMetrics.AbstentionAccuracy];

    // Short headers so that the table fits an 80-column console.
    private static readonly string[] TagHeaders = ["n", "accuracy", "cit. prec.", "cit. recall", "recall@5", "abstention"];

    public static void Print(IAnsiConsole console, EvalReport report)
    {
        var primary = report.Primary;
        if (primary.Summary is null)
        {
            console.MarkupLine("[grey]The set has no expectations: answers written, nothing scored.[/]");
            return;
        }

        var metrics = CliConsole.Table().Title(Markup.Escape(EvalReport.NameOf(primary))).AddColumns("metric", "value");
        foreach (var (name, value) in primary.Summary) metrics.AddRow(name, Scoreboard.Format(name, value));
        console.Write(metrics);

        if (primary.SummaryByTag is { Count: > 0 } byTag)
        {
            var tags = CliConsole.Table().Title("per tag").AddColumn("tag");
            foreach (var column in TagHeaders) tags.AddColumn(new TableColumn(column).RightAligned());
            foreach (var (tag, values) in byTag)
                tags.AddRow([Markup.Escape(tag), .. TagColumns.Select(c => values.TryGetValue(c, out var v) ? Scoreboard.Format(c, v) : "—")]);
            console.Write(tags);
        }

        if (report.Runs.Count > 1) PrintComparison(console, report);
        if (report.Baseline is { } baseline) PrintBaseline(console, baseline);
        foreach (var note in report.Notes) console.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
        console.MarkupLine($"[bold]{Markup.Escape(ReportWriter.Headline(report))}[/]");
    }

    private static void PrintComparison(IAnsiConsole console, EvalReport report)
    {
        // The five contract metrics fit 80 columns; the report has every column.
        var metrics = Scoreboard.ContractMetrics;
        var winner = Scoreboard.Winner(report.Runs);
        var table = CliConsole.Table().Title("configurations (score = mean of the five)")
            .AddColumn(new TableColumn("configuration").NoWrap()).AddColumn("score");
        foreach (var header in new[] { "acc", "c.prec", "c.rec", "r@5", "abst" }) table.AddColumn(new TableColumn(header).RightAligned());
        foreach (var run in report.Runs)
        {
            var name = Markup.Escape(EvalReport.NameOf(run));
            table.AddRow([ReferenceEquals(run, winner) ? $"[bold]{name} *[/]" : name, Scoreboard.Score(run).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture),
                .. metrics.Select(m => run.Summary?.TryGetValue(m, out var v) == true ? Scoreboard.Format(m, v) : "—")]);
        }

        console.Write(table);
    }

    private static void PrintBaseline(IAnsiConsole console, BaselineDiff baseline)
    {
        var table = CliConsole.Table().Title(Markup.Escape($"against {baseline.BaselinePath}")).AddColumns("metric", "baseline", "now", "change");
        foreach (var change in baseline.Metrics)
        {
            var delta = (change.Delta > 0 ? "+" : "") + Scoreboard.Format(change.Metric, change.Delta);
            table.AddRow(change.Metric, Scoreboard.Format(change.Metric, change.Before), Scoreboard.Format(change.Metric, change.After), delta);
        }

        console.Write(table);
        foreach (var flip in baseline.Broke) console.MarkupLine($"[red]pass → fail[/] {Markup.Escape(flip.Id)} {Markup.Escape(flip.Question)} — {Markup.Escape(flip.Why)}");
        foreach (var flip in baseline.Fixed) console.MarkupLine($"[green]fail → pass[/] {Markup.Escape(flip.Id)} {Markup.Escape(flip.Question)}");
        console.MarkupLine($"{baseline.Broke.Count} questions went from pass to fail, {baseline.Fixed.Count} from fail to pass.");
    }
}
