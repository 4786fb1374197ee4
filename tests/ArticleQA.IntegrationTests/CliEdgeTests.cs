namespace ArticleQA.IntegrationTests;

/// <summary>What a newcomer meets at the edges of the articleqa program: piped output, slash commands, bad paths, bad settings.</summary>
public sealed class CliEdgeTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Ask_OutputToAPipe_HasNoColourCodesAndOneLinePerParagraph()
    {
        // NO_COLOR unset: the program itself must notice that its output is not a terminal.
        var run = await CliProcess.RunAsync(_data.Path, ["ask", "Who is Lei Jun?"], null, ("NO_COLOR", ""));

        Assert.Equal(0, run.ExitCode);
        Assert.False(run.Stdout.Contains('\u001b', StringComparison.Ordinal), run.Stdout.Replace("\u001b", "<ESC>", StringComparison.Ordinal));
        var answer = run.Stdout.Split('\n')[0];
        Assert.Contains("chairman of Xiaomi Corp", answer);
        Assert.Contains("full of confidence", answer);
        Assert.EndsWith("[1]", answer.TrimEnd());
    }

    [Fact]
    public async Task Eval_OutputToAPipe_TablesKeepEachTagOnOneLine()
    {
        var set = Path.Combine(_data.Path, "tags.jsonl");
        await File.WriteAllLinesAsync(set,
        [
            """{"id":"a","question":"How many lighthouse factories are in China?","expected":{"contains":[["79"]],"support":["To date, China is home to 79 lighthouse factories"]},"tags":["adversarial-but-answerable-with-a-long-tag-name"]}""",
        ]);

        var run = await CliProcess.RunAsync(_data.Path, ["eval", set, "--out", Path.Combine(_data.Path, "tags.json")], null, ("NO_COLOR", ""));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Stdout.Split('\n'), l => l.Contains("adversarial-but-answerable-with-a-long-tag-name", StringComparison.Ordinal) && l.Contains("1.000", StringComparison.Ordinal));
        Assert.DoesNotContain("\u001b[", run.Stdout);
    }

    [Fact]
    public async Task Chat_UnknownSlashCommand_PointsToHelpInsteadOfAnswering()
    {
        var run = await CliProcess.RunAsync(_data.Path, ["chat"], "/foo\n/quit\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Unknown command /foo — /help lists them", run.Stdout);
        Assert.DoesNotContain("The article does not say", run.Stdout);
    }

    [Fact]
    public async Task NoCommand_StartsChat_AsTheHelpSays()
    {
        var run = await CliProcess.RunAsync(_data.Path, [], "Who is Lei Jun?\n");
        var help = await CliProcess.RunAsync(_data.Path, ["help"], null);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("chairman of Xiaomi", run.Stdout);
        Assert.Contains("(no command: chat)", help.Stdout);
    }

    [Fact]
    public async Task Eval_OutInAMissingFolder_ExitsTwoBeforeAnyWorkAndCreatesNothing()
    {
        var missing = Path.Combine(_data.Path, "no-such-folder");
        var output = Path.Combine(missing, "results.json");

        var run = await CliProcess.RunAsync(_data.Path, ["eval", TestPaths.Questions, "--out", output], null);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"articleqa: usage: --out {output}: the folder {missing} does not exist; create it first", run.Stderr.Trim());
        Assert.False(Directory.Exists(missing));
        // Nothing was answered: the index was never built.
        Assert.False(Directory.Exists(Path.Combine(_data.Path, "data")));
    }

    [Fact]
    public async Task Eval_OutWhereNoFileCanBeCreated_ExitsTwoNamingThePath()
    {
        var run = await CliProcess.RunAsync(_data.Path, ["eval", TestPaths.Questions, "--out", "/proc/articleqa-results.json"], null);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Contains("--out /proc/articleqa-results.json: cannot create a file there", run.Stderr);
        Assert.DoesNotContain("Exception", run.Stderr);
    }

    [Theory]
    [InlineData("ArticleQA__Retrieval__Mode", "foo", "ArticleQA:Retrieval:Mode is 'foo'; allowed: one of Hybrid, Dense, Bm25")]
    [InlineData("ArticleQA__Embedding__Quantization", "int4", "ArticleQA:Embedding:Quantization is 'int4'; allowed: one of None, Int8")]
    [InlineData("ArticleQA__Chunking__OverlapTokens", "500", "ArticleQA:Chunking:OverlapTokens is 500; allowed: a whole number smaller than ArticleQA:Chunking:MaxTokens (128)")]
    public async Task BadSetting_ExitsTwoNamingTheSettingAndTheAllowedValues(string variable, string value, string message)
    {
        var run = await CliProcess.RunAsync(_data.Path, ["ask", "Who is Lei Jun?"], null, (variable, value));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"articleqa: configuration: {message}", run.Stderr.Trim());
    }

    [Theory]
    [InlineData(new[] { "ask", "--json=yes", "Who is Lei Jun?" }, "option --json takes no value")]
    [InlineData(new[] { "eval", "set.jsonl", "--out" }, "option --out needs a value")]
    [InlineData(new[] { "ingest", "--forse" }, "unknown option --forse for 'ingest' (see 'articleqa help')")]
    [InlineData(new[] { "bench", "--runs=0" }, "--runs takes a whole number from 1 to 100")]
    [InlineData(new[] { "train", "--folds=1" }, "--folds takes a whole number from 2 to the number of training articles")]
    [InlineData(new[] { "train", "--folds", "-3" }, "--folds takes a whole number from 2 to the number of training articles")]
    [InlineData(new[] { "train", "--without-support", "-1" }, "--without-support takes a weight from 0 to 10")]
    [InlineData(new[] { "train", "--compare-policy", "0.32/0.9" }, "--compare-policy: '0.32/0.9' is not THRESHOLD/SHARE/SENTENCES, e.g. 0.32/0.9/3 (threshold 0 to 1, share above 0 up to 2, sentences 1 to 10)")]
    public async Task BadOption_ExitsTwoWithOneLineNamingIt(string[] args, string message)
    {
        var run = await CliProcess.RunAsync(_data.Path, args, null);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"articleqa: usage: {message}", run.Stderr.Trim());
    }

    [Fact]
    public async Task Train_CompareSplitWithAnArticleThisRunDoesNotTrainOn_ExitsTwoBeforeReadingAnyQuestion()
    {
        // A validation article of the default split, listed as training in the compared one.
        var article = Path.Combine(TestPaths.Root, "tests", "data", "articles", "edwin-hubble");
        var other = Path.Combine(_data.Path, "other-split.tsv");
        await File.WriteAllTextAsync(other, $"edwin-hubble\ttraining\t{article}\t{Path.Combine(article, "questions.jsonl")}\n");

        var run = await CliProcess.RunAsync(_data.Path, ["train", "--compare-split", other, "--out", Path.Combine(_data.Path, "model.json")], null);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"articleqa: usage: --compare-split {other}: its training articles must all be training articles of this run", run.Stderr.Trim());
        Assert.False(File.Exists(Path.Combine(_data.Path, "model.json")));
    }

    public void Dispose() => _data.Dispose();
}
