using System.Text.Json;

namespace ArticleQA.IntegrationTests;

/// <summary>The articleqa program as a user runs it: a real process, its output and exit code.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task AskJson_PrintsExactlyOneResultsItem()
    {
        var run = await RunAsync("ask", "How much has Xiaomi invested in R&D?", "--json");

        Assert.Equal(0, run.ExitCode);
        using var item = JsonDocument.Parse(run.Stdout);
        var root = item.RootElement;
        Assert.Contains("105 billion", root.GetProperty("answer").GetString());
        Assert.False(root.GetProperty("abstained").GetBoolean());
        var citation = root.GetProperty("citations")[0];
        var article = await File.ReadAllTextAsync(TestPaths.Article);
        Assert.Equal(article[citation.GetProperty("start").GetInt32()..citation.GetProperty("end").GetInt32()], citation.GetProperty("quote").GetString());
        Assert.True(root.GetProperty("retrieved").GetArrayLength() >= 5);
        Assert.True(root.GetProperty("timings_ms").TryGetProperty("embed", out _));
    }

    [Fact]
    public async Task Ask_EmptyQuestion_ExitsTwoWithAMessage()
    {
        var run = await RunAsync("ask", "   ");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("question", run.Stdout + run.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public async Task UnknownCommand_ExitsTwoWithOneLine()
    {
        var run = await RunAsync("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task BrokenConfigurationValue_ExitsTwoNamingIt()
    {
        var run = await RunAsync(["ask", "Who is Lei Jun?"], ("ArticleQA__Chunking__OverlapTokens", "500"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("OverlapTokens", run.Stderr);
    }

    [Fact]
    public async Task MissingCorpus_ExitsTwoNamingThePath()
    {
        var missing = Path.Combine(_data.Path, "nowhere");
        var run = await RunAsync(["ask", "Who is Lei Jun?"], ("ArticleQA__CorpusPath", missing));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(missing, run.Stderr);
    }

    [Fact]
    public async Task ChatWithPipedInput_AnswersEachLineAndFollowsUp()
    {
        var run = await RunAsync(["chat"], stdin: "Who is Lei Jun?\nHow much has his company invested in R&D?\n/sources\n/quit\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("chairman of Xiaomi", run.Stdout);
        Assert.Contains("105 billion", run.Stdout);
    }

    [Fact]
    public async Task Eval_WritesResultsWithTheFiveSummaryMetrics()
    {
        var set = Path.Combine(_data.Path, "set.jsonl");
        await File.WriteAllLinesAsync(set,
        [
            """{"id":"a","question":"How many lighthouse factories are in China?","expected":{"contains":[["79"]],"support":["To date, China is home to 79 lighthouse factories"]},"tags":["numeric"],"extra":1}""",
            """{"id":"b","question":"Who won the 1998 football World Cup?","expected":{"unanswerable":true}}""",
            """{"id":"c","question":"And how many are there?","history":["What is the Global Lighthouse Network?"]}""",
        ]);
        var output = Path.Combine(Directory.CreateDirectory(Path.Combine(_data.Path, "out")).FullName, "results.json");

        var report = Path.Combine(_data.Path, "report");
        var run = await RunAsync("eval", set, "--out", output, "--report", report);

        Assert.Equal(0, run.ExitCode);
        var html = await File.ReadAllTextAsync(Path.Combine(report, "report.html"));
        Assert.Contains("How many lighthouse factories are in China?", html);
        Assert.DoesNotContain("http", html);
        Assert.Contains("| a | pass |", await File.ReadAllTextAsync(Path.Combine(report, "report.md")));
        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var summary = results.RootElement.GetProperty("summary");
        foreach (var metric in new[] { "answer_accuracy", "citation_precision", "citation_recall", "retrieval_recall_at_5", "abstention_accuracy" })
            Assert.Equal(1.0, summary.GetProperty(metric).GetDouble());
        Assert.Equal(3, results.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Eval_MalformedQuestionSet_ExitsTwoNamingTheLine()
    {
        var set = Path.Combine(_data.Path, "bad.jsonl");
        await File.WriteAllTextAsync(set, "{\"id\":\"a\",\"question\":\"ok?\"}\n{not json\n");

        var run = await RunAsync("eval", set, "--out", Path.Combine(_data.Path, "r.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.jsonl:2: not valid JSON", run.Stderr);
        Assert.DoesNotContain("LineNumber", run.Stderr);
    }

    [Theory]
    [InlineData("--min", "accuracy=0.9", "unknown metric 'accuracy'")]
    [InlineData("--min", "answer_accuracy=high", "needs a number")]
    [InlineData("--parallel", "0", "--parallel takes a whole number")]
    [InlineData("--compare", "bm26", "unknown configuration 'bm26'")]
    [InlineData("--endpoint", "localhost:3978", "--endpoint takes the bot's http(s) URL")]
    [InlineData("--baseline", "missing.json", "--baseline missing.json: cannot read it")]
    [InlineData("--report", "bad-option.jsonl", "is a file; give a folder")]
    public async Task Eval_BadOption_ExitsTwoWithOneLineAndWritesNothing(string option, string value, string message)
    {
        var output = Path.Combine(_data.Path, "bad-option.json");
        await File.WriteAllTextAsync(Path.Combine(_data.Path, "bad-option.jsonl"), "not a folder");

        var run = await RunAsync("eval", TestPaths.Questions, "--out", output, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Eval_MinGate_ExitsOneBelowTheFloorAndZeroAtIt_WithCompareAndBaseline()
    {
        var set = Path.Combine(_data.Path, "gate.jsonl");
        await File.WriteAllLinesAsync(set,
        [
            """{"id":"a","question":"How many lighthouse factories are in China?","expected":{"contains":[["79"]],"support":["To date, China is home to 79 lighthouse factories"]},"tags":["numeric"]}""",
            """{"id":"b","question":"Who won the 1998 football World Cup?","expected":{"unanswerable":true},"tags":["unanswerable"]}""",
        ]);
        var output = Path.Combine(Directory.CreateDirectory(Path.Combine(_data.Path, "gate")).FullName, "results.json");
        var report = Path.Combine(_data.Path, "gate", "report");

        var met = await RunAsync("eval", set, "--out", output, "--min", "answer_accuracy=1", "--min", "abstention_accuracy=1",
            "--compare", "bm25-minilm,lucene-bm25-minilm", "--parallel", "2", "--report", report);
        var missed = await RunAsync("eval", set, "--out", output, "--min", "citation_recall=1.01", "--baseline", output);

        Assert.Equal(0, met.ExitCode);
        Assert.True(File.Exists(Path.Combine(_data.Path, "gate", "results.bm25-minilm.json")));
        Assert.True(File.Exists(Path.Combine(_data.Path, "gate", "results.lucene-bm25-minilm.json")));
        Assert.Contains("lucene-bm25-minilm", await File.ReadAllTextAsync(Path.Combine(report, "report.html")));
        Assert.Equal(1, missed.ExitCode);
        Assert.Contains("gate failed: citation_recall 1 is below the minimum 1.01", missed.Stderr);
        Assert.Contains("0 questions went from pass to fail, 0 from fail to pass.", missed.Stdout);
    }

    public void Dispose() => _data.Dispose();

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) => RunAsync(args, stdin: null);

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string[] args, params (string Name, string Value)[] environment) =>
        RunAsync(args, null, environment);

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string[] args, string? stdin, params (string Name, string Value)[] environment) =>
        CliProcess.RunAsync(_data.Path, args, stdin, environment);
}
