using ArticleQA.Evaluation.Reports;

namespace ArticleQA.Evaluation.Tests;

public sealed class ParagraphSourceTests : IDisposable
{
    private readonly string _corpus = Path.Combine(Path.GetTempPath(), "articleqa-paragraphs", Guid.NewGuid().ToString("N"));

    public ParagraphSourceTests()
    {
        Directory.CreateDirectory(_corpus);
        File.WriteAllText(Path.Combine(_corpus, "a.txt"), "One.\r\n\r\nTwo a. Two b.\r\n  \r\nThree.");
    }

    [Fact]
    public void Find_SpanInTheMiddleParagraph_ReturnsThatParagraphAndTheSpanWithinIt()
    {
        var found = new ParagraphSource(_corpus).Find("a.txt", 15, 21);

        Assert.NotNull(found);
        Assert.Equal("Two a. Two b.", found.Text);
        Assert.Equal("Two b.", found.Text[found.Start..found.End]);
    }

    [Theory]
    [InlineData("missing.txt", 0, 3)]
    [InlineData("a.txt", -1, 3)]
    [InlineData("a.txt", 3, 999)]
    [InlineData("../a.txt", 0, 3)]
    public void Find_UnknownFileOrSpan_IsNull(string source, int start, int end)
    {
        Assert.Null(new ParagraphSource(_corpus).Find(source, start, end));
    }

    [Fact]
    public void Locate_Quote_GivesItsOffsets()
    {
        Assert.Equal((15, 21), new ParagraphSource(_corpus).Locate("a.txt", "Two b."));
    }

    public void Dispose() => Directory.Delete(_corpus, recursive: true);
}
