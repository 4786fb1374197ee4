using System.Text.RegularExpressions;
using ArticleQA.Evaluation.Comparison;
using ArticleQA.Evaluation.Reports;
using ArticleQA.Evaluation.Running;
using static ArticleQA.Evaluation.Tests.Samples;

namespace ArticleQA.Evaluation.Tests;

public sealed class ReportWriterTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "articleqa-report-tests", Guid.NewGuid().ToString("N"));
    private readonly EvalQuestion[] _questions = [Answerable("q1", "numeric"), Answerable("q2", "numeric"), Unanswerable("u1", "unanswerable"), new() { Id = "x1", Question = "Just asked <b>?" }];

    [Fact]
    public async Task WriteAsync_Html_IsSelfContainedWithChartsEveryQuestionAndTheWinner()
    {
        var report = Report();

        await ReportWriter.WriteAsync(_directory, report);

        var html = await File.ReadAllTextAsync(Path.Combine(_directory, "report.html"));
        Assert.Equal(3, Regex.Count(html, "<svg "));
        Assert.Contains("Metrics per configuration", html);
        Assert.Contains("Latency distribution", html);
        // 8 metrics × 2 configurations, then one bar per tag (numeric: accuracy, unanswerable: abstention).
        Assert.Equal((8 * 2) + 2, Regex.Count(html, "class=\"bar\""));
        Assert.Contains("Per tag: answer accuracy", html);
        foreach (var question in _questions) Assert.Contains($"<tr id=\"{question.Id}\"", html);
        Assert.Contains("Just asked &lt;b&gt;?", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("<link", html);
        Assert.Contains("Winner: strong", html);
        Assert.Contains("<a href=\"#q2\">q2</a>", html);
    }

    [Fact]
    public async Task WriteAsync_FailingRows_SayWhy()
    {
        await ReportWriter.WriteAsync(_directory, Report());

        var html = await File.ReadAllTextAsync(Path.Combine(_directory, "report.html"));
        var md = await File.ReadAllTextAsync(Path.Combine(_directory, "report.md"));
        Assert.Contains("missing expected fact &#39;79&#39;", html);
        Assert.Contains("| q2 | fail | missing expected fact '79'", md);
        Assert.Contains("| u1 | pass | abstained as expected |", md);
        Assert.Contains("| x1 | not-scored |", md);
    }

    [Fact]
    public async Task WriteAsync_CitationWithItsParagraph_IsHighlightedInPlace()
    {
        var corpus = Path.Combine(_directory, "corpus");
        Directory.CreateDirectory(corpus);
        const string text = "Title\n\nFirst paragraph.\n\nBefore it. China is home to 79 lighthouse factories. After it.\n\nLast.";
        await File.WriteAllTextAsync(Path.Combine(corpus, "a.txt"), text);
        var start = text.IndexOf("China", StringComparison.Ordinal);
        var item = Item("q1", "79 lighthouse factories [1]") with
        {
            Citations = [new ResultCitation(1, "a.txt", 2, start, start + Good.Length, Good, 1)],
        };
        var report = new EvalReport(_questions[..1], [Results(_questions[..1], "one", item)]) { Paragraphs = new ParagraphSource(corpus) };

        await ReportWriter.WriteAsync(_directory, report);

        var html = await File.ReadAllTextAsync(Path.Combine(_directory, "report.html"));
        Assert.Contains("Before it. <mark>China is home to 79 lighthouse factories</mark>. After it.", html);
    }

    [Fact]
    public async Task WriteAsync_WithBaseline_ShowsFlipsAndMetricChanges()
    {
        var report = Report();
        var old = Results(_questions, "old", Item("q1", "Many."), Item("q2", "79 lighthouse [1]", citations: [Good]), Item("u1", "No.", abstained: true));
        report = report with { Baseline = BaselineDiff.Compare("old.json", _questions, old, report.Primary) };

        await ReportWriter.WriteAsync(_directory, report);

        var md = await File.ReadAllTextAsync(Path.Combine(_directory, "report.md"));
        Assert.Contains("## Against the baseline old.json", md);
        Assert.Contains("1 questions went from pass to fail, 1 from fail to pass.", md);
        Assert.Contains("| answer_accuracy | 0.500 | 0.500 | 0.000 |", md);
    }

    [Fact]
    public void Headline_SetWithoutExpectations_SaysNothingWasScored()
    {
        EvalQuestion[] questions = [new() { Id = "x1", Question = "Who?" }];
        var report = new EvalReport(questions, [Results(questions, "only", Item("x1", "Someone."))]);

        var headline = ReportWriter.Headline(report);

        Assert.Equal("The set has no expectations: 1 questions answered by 1 configuration(s), nothing scored.", headline);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    private EvalReport Report()
    {
        var primary = Results(_questions, "primary",
            Item("q1", "79 lighthouse factories [1]", citations: [Good], retrieved: [Support], latency: 4),
            Item("q2", "Lighthouse factories are many [1]", citations: [Good], retrieved: [Support], latency: 9),
            Item("u1", "No.", abstained: true, latency: 2),
            Item("x1", "Something.", latency: 3) with { Question = "Just asked <b>?" });
        var strong = Results(_questions, "strong",
            Item("q1", "79 lighthouse factories [1]", citations: [Good], retrieved: [Support]),
            Item("q2", "79 lighthouse factories [1]", citations: [Good], retrieved: [Support]),
            Item("u1", "No.", abstained: true),
            Item("x1", "Something."));
        return new EvalReport(_questions, [primary, strong]) { Notes = ["llm: skipped"] };
    }
}
