using System.Globalization;
using System.Net;
using System.Text;
using ArticleQA.Evaluation.Comparison;
using ArticleQA.Evaluation.Running;

using static ArticleQA.Evaluation.Reports.ReportView;

namespace ArticleQA.Evaluation.Reports;

/// <summary>The self-contained HTML report: inline CSS and SVG charts, no script and no external asset.</summary>
internal static class HtmlReport
{
    public static string Render(ReportView view)
    {
        var report = view.Report;
        var primary = report.Primary;
        var html = new StringBuilder();
        html.AppendLine("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>ArticleQA evaluation report</title>");
        html.AppendLine("<style>body{font:14px system-ui,sans-serif;margin:2em;max-width:1400px}.wide{max-width:100%;overflow-x:auto}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}"
            + ".pass{background:#e6f4ea}.fail{background:#fce8e6}.headline{font-size:16px;padding:12px;border-left:6px solid #1a73e8;background:#e8f0fe}.winner{font-weight:bold;background:#fef7e0}"
            + ".best{font-weight:bold}.note{color:#5f6368}mark{background:#fde293}.para{color:#3c4043;font-size:13px}.chart{display:block;margin:1em 0}.num{text-align:right}</style></head><body>");
        html.AppendLine("<h1>ArticleQA evaluation report</h1>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<p class=\"headline\" id=\"headline\">{HeadlineHtml(view)}</p>");
        foreach (var note in report.Notes) html.AppendLine(CultureInfo.InvariantCulture, $"<p class=\"note\">{Encode(note)}</p>");

        html.AppendLine("<h2>Configurations</h2><div class=\"wide\"><table id=\"configurations\"><tr><th>configuration</th><th>answerer</th><th>retrieval</th><th>model</th><th>score</th>"
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

        html.AppendLine("</table></div>");
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

        html.AppendLine(CultureInfo.InvariantCulture, $"<h2>Questions ({Encode(EvalReport.NameOf(primary))})</h2><div class=\"wide\"><table id=\"questions\"><tr><th>id</th><th>verdict</th><th>why</th><th>question</th><th>answer</th><th>citations in their paragraph</th>{(report.Runs.Count > 1 ? "<th>fails also in</th>" : "")}</tr>");
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

        html.AppendLine("</table></div></body></html>");
        return html.ToString();
    }

    private static string HeadlineHtml(ReportView view)
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

    private static bool IsBest(IReadOnlyList<EvalResults> runs, string metric, double value)
    {
        var values = runs.Select(r => r.Summary?.GetValueOrDefault(metric) ?? double.NaN).Where(double.IsFinite).ToList();
        return Scoreboard.LowerIsBetter(metric) ? value <= values.Min() : value >= values.Max();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
