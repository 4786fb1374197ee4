using System.Globalization;
using System.Net;
using System.Text;

namespace ArticleQA.Core.Evaluation;

/// <summary>
/// Writes <c>report.md</c> and a self-contained <c>report.html</c> (no external assets) for a
/// results document: the summary metrics and one row per question with pass or fail.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes both reports into <paramref name="directory"/>.</summary>
    public static async Task WriteAsync(string directory, IReadOnlyList<EvalQuestion> questions, EvalResults results, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(results);
        Directory.CreateDirectory(directory);
        var rows = Rows(questions, results).ToList();
        await File.WriteAllTextAsync(Path.Combine(directory, "report.md"), Markdown(results, rows), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, "report.html"), Html(results, rows), cancellationToken).ConfigureAwait(false);
    }

    private sealed record Row(ResultItem Item, string Verdict, string Why);

    private static IEnumerable<Row> Rows(IReadOnlyList<EvalQuestion> questions, EvalResults results)
    {
        var byId = questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        foreach (var item in results.Items)
        {
            var question = byId.GetValueOrDefault(item.Id);
            if (question?.IsUnanswerable == true)
                yield return new Row(item, item.Abstained ? "pass" : "fail", item.Abstained ? "abstained as expected" : "answered a question the article does not answer");
            else if (question?.IsAnswerable == true)
                yield return EvalMetrics.IsCorrect(item, question)
                    ? new Row(item, "pass", "contains the expected facts")
                    : new Row(item, "fail", item.Abstained ? "abstained on an answerable question" : "missing an expected fact or too long");
            else
                yield return new Row(item, "—", "not scored");
        }
    }

    private static string Markdown(EvalResults results, List<Row> rows)
    {
        var md = new StringBuilder();
        md.AppendLine("# ArticleQA evaluation report").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Configuration: answerer `{results.Config.Answerer}`, retrieval `{results.Config.Retrieval}`, model `{results.Config.EmbeddingModel}`, top-k {results.Config.TopK}.").AppendLine();
        md.AppendLine("| metric | value |").AppendLine("|---|---|");
        foreach (var (name, value) in results.Summary ?? new Dictionary<string, double>())
            md.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {value:0.###} |");
        md.AppendLine().AppendLine("| id | verdict | why | question | answer |").AppendLine("|---|---|---|---|---|");
        foreach (var row in rows)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {row.Item.Id} | {row.Verdict} | {row.Why} | {Cell(row.Item.Question)} | {Cell(row.Item.Answer)} |");
        return md.ToString();
    }

    private static string Html(EvalResults results, List<Row> rows)
    {
        var html = new StringBuilder();
        html.AppendLine("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>ArticleQA evaluation report</title>");
        html.AppendLine("<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}.pass{background:#e6f4ea}.fail{background:#fce8e6}</style></head><body>");
        html.AppendLine("<h1>ArticleQA evaluation report</h1><table><tr><th>metric</th><th>value</th></tr>");
        foreach (var (name, value) in results.Summary ?? new Dictionary<string, double>())
            html.AppendLine(CultureInfo.InvariantCulture, $"<tr><td>{name}</td><td>{value:0.###}</td></tr>");
        html.AppendLine("</table><h2>Questions</h2><table><tr><th>id</th><th>verdict</th><th>why</th><th>question</th><th>answer</th><th>citations</th></tr>");
        foreach (var row in rows)
        {
            var citations = string.Join("<br>", row.Item.Citations.Select(c => $"[{c.N}] ¶{c.Paragraph} <mark>{Encode(c.Quote)}</mark>"));
            html.AppendLine(CultureInfo.InvariantCulture, $"<tr class=\"{row.Verdict}\"><td>{Encode(row.Item.Id)}</td><td>{row.Verdict}</td><td>{row.Why}</td><td>{Encode(row.Item.Question)}</td><td>{Encode(row.Item.Answer)}</td><td>{citations}</td></tr>");
        }

        html.AppendLine("</table></body></html>");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
