using System.Globalization;
using System.Net;
using System.Text;
using ArticleQA.Core.Evaluation;
using ArticleQA.Evaluation.Comparison;

namespace ArticleQA.Evaluation.Reports;

/// <summary>
/// Writes <c>report.md</c> and a self-contained <c>report.html</c> (inline CSS and SVG, no
/// scripts or external assets): a headline naming the winning configuration and the failing
/// questions, the comparison table, charts of the metrics per configuration and of the latency
/// distribution, metrics per tag, the baseline diff, and one row per question with its answer,
/// its citations highlighted in their paragraph, and pass or fail with the reason.
/// </summary>
public static class ReportWriter
{
    private static readonly string[] TagColumns =
        ["questions", EvalMetrics.AnswerAccuracy, EvalMetrics.CitationPrecision, EvalMetrics.CitationRecall, EvalMetrics.RetrievalRecallAt5, EvalMetrics.AbstentionAccuracy, "token_f1"];

    /// <summary>Writes both reports into <paramref name="directory"/>.</summary>
    public static async Task WriteAsync(string directory, EvalReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(directory);
        var view = new View(report);
        await File.WriteAllTextAsync(Path.Combine(directory, "report.md"), Markdown(view), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, "report.html"), Html(view), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The one-paragraph headline: who wins, and which questions fail in the primary configuration.</summary>
    public static string Headline(EvalReport report) => new View(report).Headline();

    private sealed class View(EvalReport report)
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
            if (Report.Runs.Count > 1)
            {
                var runnerUp = Report.Runs.Where(r => !ReferenceEquals(r, Winner)).MaxBy(Scoreboard.Score)!;
                var margin = Scoreboard.Score(Winner) - Scoreboard.Score(runnerUp);
                text.Append(Invariant($"Winner: {EvalReport.NameOf(Winner)} with score {Scoreboard.Score(Winner):0.000} (mean of the five summary metrics), "))
                    .Append(margin < 0.0005
                        ? Invariant($"level at three decimals with {EvalReport.NameOf(runnerUp)} ({Scoreboard.Score(runnerUp):0.0000} against {Scoreboard.Score(Winner):0.0000}), among {Report.Runs.Count} configurations. ")
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
    }

    private static string Markdown(View view)
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

    private static string Html(View view)
    {
        var report = view.Report;
        var primary = report.Primary;
        var html = new StringBuilder();
        html.AppendLine("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>ArticleQA evaluation report</title>");
        html.AppendLine("<style>body{font:14px system-ui,sans-serif;margin:2em;max-width:1400px}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}"
            + ".pass{background:#e6f4ea}.fail{background:#fce8e6}.headline{font-size:16px;padding:12px;border-left:6px solid #1a73e8;background:#e8f0fe}.winner{font-weight:bold;background:#fef7e0}"
            + ".best{font-weight:bold}.note{color:#5f6368}mark{background:#fde293}.para{color:#3c4043;font-size:13px}.chart{display:block;margin:1em 0}.num{text-align:right}</style></head><body>");
        html.AppendLine("<h1>ArticleQA evaluation report</h1>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<p class=\"headline\" id=\"headline\">{HeadlineHtml(view)}</p>");
        foreach (var note in report.Notes) html.AppendLine(CultureInfo.InvariantCulture, $"<p class=\"note\">{Encode(note)}</p>");

        html.AppendLine("<h2>Configurations</h2><table id=\"configurations\"><tr><th>configuration</th><th>answerer</th><th>retrieval</th><th>model</th><th>score</th>"
            + string.Concat(Scoreboard.TableMetrics.Select(m => $"<th>{m.Replace("_", "_<wbr>", StringComparison.Ordinal)}</th>")) + "</tr>");
        foreach (var run in report.Runs)
        {
            var winner = ReferenceEquals(run, view.Winner) && report.Runs.Count > 1;
            html.Append(CultureInfo.InvariantCulture, $"<tr{(winner ? " class=\"winner\"" : "")}><td>{Encode(EvalReport.NameOf(run))}{(winner ? " ★" : "")}</td><td>{Encode(run.Config.Answerer)}</td><td>{Encode(run.Config.Retrieval)}</td><td>{Encode(run.Config.EmbeddingModel)}</td><td class=\"num\">{Scoreboard.Score(run):0.000}</td>");
            foreach (var metric in Scoreboard.TableMetrics)
            {
                var value = run.Summary?.GetValueOrDefault(metric);
                var best = value is { } v && report.Runs.Count > 1 && IsBest(report.Runs, metric, v);
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"num{(best ? " best" : "")}\">{(value is { } x ? Scoreboard.Format(metric, x) : "—")}</td>");
            }

            html.AppendLine("</tr>");
        }

        html.AppendLine("</table>");
        var names = report.Runs.Select(EvalReport.NameOf).ToList();
        html.AppendLine(SvgCharts.GroupedBars("Metrics per configuration", names,
            Scoreboard.ContractMetrics.Concat(["retrieval_recall_at_1", "retrieval_mrr", "token_f1"])
                .Select(m => (m, (IReadOnlyList<double>)report.Runs.Select(r => r.Summary?.GetValueOrDefault(m) ?? 0).ToList())).ToList()));
        var latencies = primary.Items.Select(i => i.LatencyMs).ToList();
        html.AppendLine(SvgCharts.Histogram($"Latency distribution of {EvalReport.NameOf(primary)} ({latencies.Count} questions)", latencies,
            primary.Summary?.GetValueOrDefault("latency_p50_ms") ?? EvalMetrics.Percentile(latencies.Order().ToList(), 0.5),
            primary.Summary?.GetValueOrDefault("latency_p95_ms") ?? EvalMetrics.Percentile(latencies.Order().ToList(), 0.95)));

        if (primary.SummaryByTag is { Count: > 0 } byTag)
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<h2>Per tag ({Encode(EvalReport.NameOf(primary))})</h2><table id=\"tags\"><tr><th>tag</th>{string.Concat(TagColumns.Select(c => $"<th>{c}</th>"))}</tr>");
            foreach (var (tag, metrics) in byTag)
                html.AppendLine(CultureInfo.InvariantCulture, $"<tr><td>{Encode(tag)}</td>{string.Concat(TagColumns.Select(c => $"<td class=\"num\">{TagCell(metrics, c)}</td>"))}</tr>");
            html.AppendLine("</table>");
            html.AppendLine(SvgCharts.Bars("Per tag: answer accuracy (blue) and abstention accuracy (orange)",
                byTag.SelectMany(t => new[]
                {
                    t.Value.TryGetValue(EvalMetrics.AnswerAccuracy, out var accuracy) ? new Bar($"{t.Key} · accuracy", accuracy) : null,
                    t.Value.TryGetValue(EvalMetrics.AbstentionAccuracy, out var abstention) ? new Bar($"{t.Key} · abstention", abstention, 1) : null,
                }).OfType<Bar>().ToList()));
        }

        if (report.Baseline is { } baseline) HtmlBaseline(html, baseline);

        html.AppendLine(CultureInfo.InvariantCulture, $"<h2>Questions ({Encode(EvalReport.NameOf(primary))})</h2><table id=\"questions\"><tr><th>id</th><th>verdict</th><th>why</th><th>question</th><th>answer</th><th>citations in their paragraph</th>{(report.Runs.Count > 1 ? "<th>fails also in</th>" : "")}</tr>");
        foreach (var item in primary.Items)
        {
            var verdict = view.Verdicts[item.Id];
            var history = view.Questions.GetValueOrDefault(item.Id)?.History is { Count: > 0 } h ? $"<div class=\"note\">after: {Encode(string.Join(" / ", h))}</div>" : "";
            var tags = item.Tags is { Count: > 0 } t ? $"<div class=\"note\">{Encode(string.Join(", ", t))}</div>" : "";
            html.Append(CultureInfo.InvariantCulture, $"<tr id=\"{Encode(item.Id)}\" class=\"{Label(verdict.Outcome)}\"><td>{Encode(item.Id)}{tags}</td><td>{Label(verdict.Outcome)}</td><td>{Encode(string.Join("; ", verdict.Reasons))}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{Encode(item.Question)}{history}</td><td>{Encode(item.Answer)}</td><td>{Citations(item, report.Paragraphs)}</td>");
            if (report.Runs.Count > 1) html.Append(CultureInfo.InvariantCulture, $"<td>{Encode(string.Join(", ", view.FailingElsewhere(item.Id)))}</td>");
            html.AppendLine("</tr>");
        }

        html.AppendLine("</table></body></html>");
        return html.ToString();
    }

    private static string HeadlineHtml(View view)
    {
        // The headline with every failing id linked to its row.
        var text = Encode(view.Headline());
        foreach (var id in view.Failing)
            text = text.Replace($" {Encode(id)},", $" <a href=\"#{Encode(id)}\">{Encode(id)}</a>,", StringComparison.Ordinal)
                .Replace($" {Encode(id)}.", $" <a href=\"#{Encode(id)}\">{Encode(id)}</a>.", StringComparison.Ordinal);
        return text;
    }

    private static void HtmlBaseline(StringBuilder html, BaselineDiff baseline)
    {
        html.AppendLine(CultureInfo.InvariantCulture, $"<h2>Against the baseline {Encode(baseline.BaselinePath)}</h2>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<p>{baseline.Broke.Count} questions went from pass to fail, {baseline.Fixed.Count} from fail to pass.</p>");
        html.AppendLine("<table id=\"baseline\"><tr><th>metric</th><th>baseline</th><th>now</th><th>change</th></tr>");
        foreach (var change in baseline.Metrics)
            html.AppendLine(CultureInfo.InvariantCulture, $"<tr><td>{change.Metric}</td><td class=\"num\">{Scoreboard.Format(change.Metric, change.Before)}</td><td class=\"num\">{Scoreboard.Format(change.Metric, change.After)}</td><td class=\"num\">{Signed(change.Metric, change.Delta)}</td></tr>");
        html.AppendLine("</table>");
        foreach (var (title, css, flips) in new[] { ("pass → fail", "fail", baseline.Broke), ("fail → pass", "pass", baseline.Fixed) })
        {
            if (flips.Count == 0) continue;
            html.AppendLine(CultureInfo.InvariantCulture, $"<h3>{title}</h3><table>");
            foreach (var flip in flips)
                html.AppendLine(CultureInfo.InvariantCulture, $"<tr class=\"{css}\"><td><a href=\"#{Encode(flip.Id)}\">{Encode(flip.Id)}</a></td><td>{Encode(flip.Question)}</td><td>{Encode(flip.Why)}</td></tr>");
            html.AppendLine("</table>");
        }
    }

    private static string Citations(ResultItem item, ParagraphSource? paragraphs)
    {
        var parts = new List<string>();
        foreach (var citation in item.Citations)
        {
            var found = paragraphs?.Find(citation.Source, citation.Start, citation.End);
            var body = found is null
                ? $"<mark>{Encode(citation.Quote)}</mark>"
                : $"{Encode(found.Text[..found.Start])}<mark>{Encode(found.Text[found.Start..found.End])}</mark>{Encode(found.Text[found.End..])}";
            parts.Add($"<div class=\"para\"><b>[{citation.N}]</b> ¶{citation.Paragraph}: {body}</div>");
        }

        return string.Concat(parts);
    }

    private static string TagCell(IReadOnlyDictionary<string, double> metrics, string column) =>
        metrics.TryGetValue(column, out var value) ? Scoreboard.Format(column, value) : "—";

    private static bool IsBest(IReadOnlyList<EvalResults> runs, string metric, double value)
    {
        var values = runs.Select(r => r.Summary?.GetValueOrDefault(metric) ?? double.NaN).Where(double.IsFinite).ToList();
        return Scoreboard.LowerIsBetter(metric) ? value <= values.Min() : value >= values.Max();
    }

    private static string Signed(string metric, double delta) => (delta > 0 ? "+" : "") + Scoreboard.Format(metric, delta);

    private static string Label(Outcome outcome) => outcome switch
    {
        Outcome.Pass => "pass",
        Outcome.Fail => "fail",
        _ => "not-scored",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
