using ArticleQA.Core.Ingestion;

namespace ArticleQA.Core.Tests.Ingestion;

public sealed class ArticleParserTests
{
    private static readonly Lazy<ArticleDocument> Article =
        new(() => ArticleParser.Parse(RepositoryFiles.ArticleSource, RepositoryFiles.ArticleText));

    [Fact]
    public void Parse_RealArticle_ReadsTitleBylineAndStandfirst()
    {
        var document = Article.Value;

        Assert.Equal("Powering up", document.Title);
        Assert.Equal("Ma Si", document.Byline);
        Assert.Equal("China’s push for new quality productive forces transforming it into innovation powerhouse", document.Standfirst);
    }

    [Fact]
    public void Parse_RealArticle_TimeWithoutZoneIsNotGuessed()
    {
        // "Published: 16:27, March 14, 2025" names no time zone: the dateline is read, the instant is not guessed.
        Assert.Null(Article.Value.Published);
        Assert.Contains(Article.Value.Parts, p => p.Kind == PartKind.Dateline && p.Text == "Published: 16:27, March 14, 2025");
    }

    [Fact]
    public void Parse_RealArticle_HeaderLinesArePartsBeforeTheBody()
    {
        var parts = Article.Value.Parts;

        Assert.Equal(
            [(PartKind.Dateline, "Published: 16:27, March 14, 2025"), (PartKind.Title, "Powering up"), (PartKind.Byline, "By Ma Si")],
            parts.Take(3).Select(p => (p.Kind, p.Text)));
        Assert.All(parts.Take(3), p => Assert.Equal(0, p.Paragraph));
    }

    [Theory]
    [InlineData("(SHI YU / CHINA DAILY)")]
    [InlineData("(PHOTO / XINHUA)")]
    [InlineData("(PROVIDED TO CHINA DAILY)")]
    [InlineData("(PHOTO / CHINA NEWS SERVICE)")]
    public void Parse_RealArticle_RecognisesCreditLine(string credit)
    {
        var parts = Article.Value.Parts;

        var part = Assert.Single(parts, p => p.Text == credit);
        Assert.Equal(PartKind.Credit, part.Kind);
    }

    [Fact]
    public void Parse_RealArticle_SplitsEachCaptionFromTheCreditAfterIt()
    {
        var parts = Article.Value.Parts;

        var captions = parts.Where(p => p.Kind == PartKind.Caption).ToList();
        Assert.Equal(
            [
                "A Xiaomi SU7 Ultra is displayed at the MixC shopping mall in Chengdu, Sichuan province, on Feb 28, 2025.",
                "People check out a newly released AI studying pad from tech company iFly Tek in a shopping center in Shanghai on Jan 17, 2025.",
                "People discuss about a quantum computer exhibited at Zhongguancun Exhibition Center in Beijing on April 28, 2024.",
            ],
            captions.Select(c => c.Text));
        foreach (var caption in captions)
        {
            var next = parts[IndexOf(parts, caption) + 1];
            Assert.Equal(PartKind.Credit, next.Kind);
            Assert.Equal(caption.Paragraph, next.Paragraph);
            Assert.Equal(" ", RepositoryFiles.ArticleText[caption.End..next.Start]);
        }
    }

    [Fact]
    public void Parse_RealArticle_NumbersCaptionsAfterThePrecedingBodyParagraph()
    {
        var parts = Article.Value.Parts;

        var xiaomiCaption = Assert.Single(parts, p => p.Kind == PartKind.Caption && p.Text.StartsWith("A Xiaomi SU7", StringComparison.Ordinal));
        var before = parts[IndexOf(parts, xiaomiCaption) - 1];

        Assert.Equal(PartKind.Body, before.Kind);
        Assert.Equal(before.Paragraph, xiaomiCaption.Paragraph);
        Assert.Equal(8, xiaomiCaption.Paragraph);
    }

    [Fact]
    public void Parse_RealArticle_RecognisesTheEmailAsContact()
    {
        var parts = Article.Value.Parts;

        var contact = Assert.Single(parts, p => p.Kind == PartKind.Contact);
        Assert.Equal("masi@chinadaily.com.cn", contact.Text);
        Assert.Same(parts[^1], contact);
    }

    [Fact]
    public void Parse_RealArticle_NumbersFortyTwoBodyParagraphsInOrder()
    {
        var body = Article.Value.BodyParagraphs.ToList();

        Assert.Equal(Enumerable.Range(1, 42), body.Select(p => p.Paragraph));
        Assert.StartsWith("China’s sharpened focus on pursuing integrated advancements", body[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("According to her, the Swedish company aims", body[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RealArticle_EveryPartTextIsItsSourceSpan()
    {
        var text = RepositoryFiles.ArticleText;

        Assert.All(Article.Value.Parts, part =>
        {
            Assert.Equal(text[part.Start..part.End], part.Text);
            Assert.NotEqual(0, part.Text.Length);
            Assert.False(char.IsWhiteSpace(part.Text[0]) || char.IsWhiteSpace(part.Text[^1]), $"untrimmed part at {part.Start}");
        });
    }

    [Fact]
    public void Parse_RealArticle_EverySentenceTextIsItsSourceSpanInsideItsPart()
    {
        var document = Article.Value;
        var text = RepositoryFiles.ArticleText;

        Assert.All(document.Sentences, sentence =>
        {
            Assert.Equal(text[sentence.Start..sentence.End], sentence.Text);
            Assert.Equal(RepositoryFiles.ArticleSource, sentence.Source);
            Assert.Contains(document.Parts, p => p.Kind == sentence.Kind && p.Paragraph == sentence.Paragraph && p.Start <= sentence.Start && sentence.End <= p.End);
        });
        Assert.Equal(Enumerable.Range(0, document.Sentences.Count), document.Sentences.Select(s => s.Index));
    }

    [Fact]
    public void Parse_RealArticle_SentencesOfABodyParagraphCoverAllItsWords()
    {
        var document = Article.Value;

        Assert.All(document.BodyParagraphs, paragraph =>
        {
            var sentences = document.Sentences.Where(s => s.Kind == PartKind.Body && s.Paragraph == paragraph.Paragraph);
            Assert.Equal(WithoutWhitespace(paragraph.Text), WithoutWhitespace(string.Concat(sentences.Select(s => s.Text))));
        });
    }

    [Fact]
    public void Parse_RealArticle_KeepsDecimalsInsideTheirSentence()
    {
        var sentences = Article.Value.Sentences.Select(s => s.Text);

        Assert.Contains("In 2024, China’s total R&D expenditure reached 3.6 trillion yuan, an 8 percent increase from the previous year.", sentences);
    }

    [Fact]
    public void Parse_RealArticleWithCrlfLineEndings_KeepsStructureAndExactOffsets()
    {
        var text = RepositoryFiles.ArticleText.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);

        var document = ArticleParser.Parse(RepositoryFiles.ArticleSource, text);

        Assert.Equal("Powering up", document.Title);
        Assert.Equal("Ma Si", document.Byline);
        Assert.Equal(42, document.BodyParagraphs.Count());
        Assert.All(document.Parts, p => Assert.Equal(text[p.Start..p.End], p.Text));
        Assert.All(document.Sentences, s => Assert.Equal(text[s.Start..s.End], s.Text));
        Assert.DoesNotContain(document.Parts, p => p.Text.Contains('\r', StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SmallCrlfArticle_KeepsOffsetsExact()
    {
        const string text = "Published: 09:05, January 2, 2025\r\nSmall news\r\nBy Jane Doe\r\n\r\nA short summary line\r\n\r\n"
                            + "First sentence here. Second sentence\r\nwraps a line.\r\n\r\nA caption of a photo. (PHOTO / XINHUA)\r\n\r\nLast paragraph.\r\n";

        var document = ArticleParser.Parse("small.txt", text);

        Assert.Equal("Small news", document.Title);
        Assert.Equal("Jane Doe", document.Byline);
        Assert.Null(document.Published);
        Assert.Equal("A short summary line", document.Standfirst);
        Assert.Equal(
            [PartKind.Dateline, PartKind.Title, PartKind.Byline, PartKind.Standfirst, PartKind.Body, PartKind.Caption, PartKind.Credit, PartKind.Body],
            document.Parts.Select(p => p.Kind));
        Assert.All(document.Parts, p => Assert.Equal(text[p.Start..p.End], p.Text));
        Assert.All(document.Sentences, s => Assert.Equal(text[s.Start..s.End], s.Text));
        Assert.Equal(
            ["First sentence here.", "Second sentence\r\nwraps a line."],
            document.Sentences.Where(s => s.Kind == PartKind.Body && s.Paragraph == 1).Select(s => s.Text));
    }

    [Fact]
    public void Parse_MarkdownHeading_BecomesTheTitleWithoutItsHashes()
    {
        const string text = "# Powering up\n\nBy Ma Si\n\nA short summary line\n\nFirst paragraph. It has two sentences.\n\nSecond paragraph.\n";

        var document = ArticleParser.Parse("article.md", text);

        Assert.Equal("Powering up", document.Title);
        var title = Assert.Single(document.Parts, p => p.Kind == PartKind.Title);
        Assert.Equal(2, title.Start);
        Assert.Equal("Powering up", text[title.Start..title.End]);
        Assert.Equal("Ma Si", document.Byline);
        Assert.Equal("A short summary line", document.Standfirst);
        Assert.Equal([1, 2], document.BodyParagraphs.Select(p => p.Paragraph));
    }

    [Fact]
    public void Parse_TextWithoutHeader_StartsTheBodyAtTheFirstBlock()
    {
        const string text = "Xiaomi invested heavily. It grew fast.\n\nSecond paragraph here.\n";

        var document = ArticleParser.Parse("plain.txt", text);

        Assert.Null(document.Title);
        Assert.Null(document.Byline);
        Assert.Null(document.Published);
        Assert.Null(document.Standfirst);
        Assert.Equal(
            [(PartKind.Body, 1, "Xiaomi invested heavily. It grew fast."), (PartKind.Body, 2, "Second paragraph here.")],
            document.Parts.Select(p => (p.Kind, p.Paragraph, p.Text)));
        Assert.Equal(["Xiaomi invested heavily.", "It grew fast.", "Second paragraph here."], document.Sentences.Select(s => s.Text));
    }

    private static int IndexOf(IReadOnlyList<ArticlePart> parts, ArticlePart part)
    {
        for (var i = 0; i < parts.Count; i++)
            if (ReferenceEquals(parts[i], part)) return i;
        return -1;
    }

    private static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
