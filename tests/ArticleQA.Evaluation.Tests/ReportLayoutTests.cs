using System.Text.Json;
using ArticleQA.Evaluation.Reports;
using ArticleQA.Evaluation.Running;

namespace ArticleQA.Evaluation.Tests;

/// <summary>report.html laid out by headless Chromium at 1280 px: what fits and what overlaps, measured in the DOM.</summary>
public sealed class ReportLayoutTests : IDisposable
{
    private const int ScreenWidth = 1280;

    // Collects, from the laid-out page: the page's own width, each table's box and the box it may scroll in,
    // and every pair of chart texts whose boxes intersect or any chart text outside its chart.
    private const string Probe = """
        const box = e => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width }; };
        const hit = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
        const overlaps = [], outside = [];
        for (const svg of document.querySelectorAll('svg.chart')) {
          const frame = box(svg);
          const texts = [...svg.querySelectorAll('text')].map(t => ({ text: t.textContent, box: box(t) }));
          for (const t of texts) if (t.box.left < frame.left - 0.5 || t.box.right > frame.right + 0.5 || t.box.top < frame.top - 0.5 || t.box.bottom > frame.bottom + 0.5) outside.push(t.text);
          for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) if (hit(texts[i].box, texts[j].box)) overlaps.push(texts[i].text + ' × ' + texts[j].text);
        }
        const table = document.getElementById('configurations');
        const frame = table.closest('.wide') || table;
        document.body.dataset.layout = JSON.stringify({
          viewport: window.innerWidth, page: document.documentElement.scrollWidth,
          table: box(table), frame: box(frame), charts: document.querySelectorAll('svg.chart').length, overlaps, outside });
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("articleqa-report-layout-");

    [Fact]
    public async Task ReportAt1280px_ConfigurationsTableFitsItsBox_AndNoChartLabelsOverlap()
    {
        await ReportWriter.WriteAsync(_folder.FullName, WideReport());

        var layout = await HeadlessChromium.MeasureAsync(Path.Combine(_folder.FullName, "report.html"), Probe, ScreenWidth);

        Assert.Equal(ScreenWidth, layout.GetProperty("viewport").GetInt32());
        Assert.True(layout.GetProperty("page").GetDouble() <= ScreenWidth, $"the page is {layout.GetProperty("page")} px wide: it scrolls sideways");
        Assert.True(layout.GetProperty("frame").GetProperty("right").GetDouble() <= ScreenWidth, "the configurations table's box runs off the screen");
        Assert.Equal(3, layout.GetProperty("charts").GetInt32());
        Assert.Empty(layout.GetProperty("overlaps").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(layout.GetProperty("outside").EnumerateArray().Select(e => e.GetString()));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>Seven configurations, as --compare all gives, long tag names, and latencies whose p50 and p95 sit side by side near the tallest bin.</summary>
    private static EvalReport WideReport()
    {
        string[] tags = ["adversarial", "follow-up", "numeric", "a-rather-long-tag-name-for-questions-about-people"];
        var questions = Enumerable.Range(0, 40)
            .Select(i => i % 5 == 4 ? Samples.Unanswerable($"q{i:000}", tags[i % tags.Length]) : Samples.Answerable($"q{i:000}", tags[i % tags.Length]))
            .ToList();
        string[] names = ["hybrid-minilm", "dense-minilm", "bm25-minilm", "hybrid-arcticxs", "dense-arcticxs", "bm25-arcticxs", "lucene-bm25-minilm"];
        var runs = names.Select((name, n) => Samples.Results(questions, name, questions.Select((q, i) => q.IsUnanswerable
                ? Samples.Item(q.Id, "The article does not say.", abstained: true, latency: 6.6 + (i % 3 * 0.1))
                : Samples.Item(q.Id, i % 7 == n ? Samples.Bad : Samples.Good, citations: [Samples.Support], retrieved: [Samples.Support], latency: i == 0 ? 14 : 6.8 + (i % 4 * 0.05)))
            .ToArray())).ToList();
        return new EvalReport(questions, runs);
    }
}
