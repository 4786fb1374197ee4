using ArticleQA.Core.Answering;
using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Answering;

/// <summary>
/// Which part of the article a question about the article itself asks for, and the <c>part_asked</c> feature it
/// gives each candidate, on questions in readers' words and on the real headers of articles with different header styles.
/// </summary>
public sealed class AskedPartsTests
{
    [Theory]
    [InlineData("What is the headline of the story?", new[] { PartKind.Title })]
    [InlineData("whats the headline of this piece", new[] { PartKind.Title })]
    [InlineData("What is the title of this article?", new[] { PartKind.Title })]
    [InlineData("Who wrote this article?", new[] { PartKind.Byline })]
    [InlineData("Who is credited as the author?", new[] { PartKind.Byline })]
    [InlineData("Who is the author of the \"Storm closes harbour\" article?", new[] { PartKind.Byline })]
    [InlineData("Which agency put out this news release?", new[] { PartKind.Byline, PartKind.Dateline })]
    [InlineData("Which news source published this report?", new[] { PartKind.Byline, PartKind.Dateline })]
    [InlineData("When was the interview published?", new[] { PartKind.Byline, PartKind.Dateline })]
    [InlineData("What date is this advisory from?", new[] { PartKind.Byline, PartKind.Dateline })]
    [InlineData("Who took that picture?", new[] { PartKind.Caption })]
    public void Of_AQuestionAboutTheArticle_AsksForItsPart(string question, PartKind[] expected) =>
        Assert.Equal(expected.Order(), AskedParts.Of(Folded(question)).Order());

    [Theory]
    [InlineData("Who wrote the first description of the animal?")]
    [InlineData("What is the title of his doctoral thesis?")]
    [InlineData("Which company released the new phone, according to the article?")]
    [InlineData("When was the bridge opened?")]
    [InlineData("Who is the author of Little Women?")]
    public void Of_AQuestionAboutWhatTheArticleTells_AsksForNoPart(string question) =>
        Assert.Empty(AskedParts.Of(Folded(question)));

    [Fact]
    public void Profile_CarriesTheAskedParts()
    {
        Assert.Equal([PartKind.Title], QuestionProfiler.Profile("What is the headline?", _ => false).AskedParts);
        Assert.Empty(QuestionProfiler.Profile("How long is the bridge?", _ => false).AskedParts);
    }

    [Theory]
    // A "Title / By X | Outlet | Updated: date" header, and a Markdown title over an "_Agency — date_" line.
    [InlineData("australia-iodine-deficiency", "Who published this article?", "Wikinews")]
    [InlineData("australia-iodine-deficiency", "What is the headline of the article?", "iodine deficiency")]
    [InlineData("desecheo-refuge-rat-free", "Which agency put out this news release?", "Fish and Wildlife Service")]
    [InlineData("desecheo-refuge-rat-free", "What is the headline?", "safe from invasive mammals")]
    public void Of_OnRealHeaders_SelectsThePartHoldingTheAnswerAndNoBodyParagraph(string article, string question, string answer)
    {
        var document = RepositoryFiles.TestArticle(article);
        var asked = AskedParts.Of(Folded(question));

        Assert.Contains(document.Parts, p => asked.Contains(p.Kind) && p.Text.Contains(answer, StringComparison.Ordinal));
        Assert.DoesNotContain(PartKind.Body, asked);
    }

    [Theory]
    [InlineData("australia-iodine-deficiency", "Australian children suffering from iodine deficiency", "Almost half of all Australian")]
    [InlineData("desecheo-refuge-rat-free", "Desecheo National Wildlife Refuge safe from invasive mammals", "After more than a decade")]
    public void Compute_HeadlineAsked_MarksTheTitleAsThePartAsked(string article, string title, string body)
    {
        var index = FeatureContexts.Index(article);

        var features = FeatureContexts.Compute(index, "What is the headline of this article?", []);
        var unasked = FeatureContexts.Compute(index, "How many people did the work take?", []);

        Assert.Equal(1, FeatureContexts.F(features[FeatureContexts.At(index, title)], "part_asked"));
        Assert.Equal(0, FeatureContexts.F(features[FeatureContexts.At(index, body)], "part_asked"));
        Assert.All(unasked.Values, f => Assert.Equal(-1, FeatureContexts.F(f, "part_asked")));
    }

    private static string Folded(string question) => TextAnalyzer.Fold(question).ToLowerInvariant();
}
