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
    /// <summary>Writes both reports into <paramref name="directory"/>.</summary>
    public static async Task WriteAsync(string directory, EvalReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(directory);
        var view = new ReportView(report);
        await File.WriteAllTextAsync(Path.Combine(directory, "report.md"), MarkdownReport.Render(view), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, "report.html"), HtmlReport.Render(view), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The one-paragraph headline: who wins, and which questions fail in the primary configuration.</summary>
    public static string Headline(EvalReport report) => new ReportView(report).Headline();
}
