using ArticleQA.Core.Ingestion;

namespace ArticleQA.Core.Tests.Ingestion;

/// <summary>Headers in their usual forms, on the real headers of the development collection and made-up ones.</summary>
public sealed class HeaderFormsTests
{
    [Fact]
    public void Parse_BylineOutletAndUpdatedOnOneLine_ReadsAuthorAndDateWithItsZone()
    {
        const string text = "Storm closes harbour\nBy Jane Roe | Harbour Times | Updated: 2012-06-03 14:05 UTC\n\nThe harbour closed on Sunday.\n";

        var document = ArticleParser.Parse("a.txt", text);

        Assert.Equal("Storm closes harbour", document.Title);
        Assert.Equal("Jane Roe", document.Byline);
        Assert.Equal(new DateTimeOffset(2012, 6, 3, 14, 5, 0, TimeSpan.Zero), document.Published);
        Assert.Equal(TimeSpan.Zero, document.Published!.Value.Offset);
        Assert.Equal("By Jane Roe | Harbour Times", Assert.Single(document.Parts, p => p.Kind == PartKind.Byline).Text);
        Assert.Equal("Updated: 2012-06-03 14:05 UTC", Assert.Single(document.Parts, p => p.Kind == PartKind.Dateline).Text);
        Assert.All(document.Parts, p => Assert.Equal(text[p.Start..p.End], p.Text));
    }

    [Theory]
    [InlineData("Oct 12, 2023 3:00 PM EDT", -4)]
    [InlineData("16:27, March 14, 2025 (UTC+8)", 8)]
    [InlineData("2012-06-03 14:05 GMT", 0)]
    public void PublicationDate_TimeWithZone_KeepsTheZoneAsWritten(string written, int hours)
    {
        Assert.True(PublicationDate.TryRead(written, out var published));
        Assert.Equal(TimeSpan.FromHours(hours), published!.Value.Offset);
    }

    [Theory]
    [InlineData("16:27, March 14, 2025")]
    [InlineData("2012-06-03 14:05")]
    public void PublicationDate_TimeWithoutZone_IsReadButLeftEmpty(string written)
    {
        Assert.True(PublicationDate.TryRead(written, out var published));
        Assert.Null(published);
    }

    [Theory]
    [InlineData("Thursday, February 23, 2006", 2006, 2, 23)]
    [InlineData("5 December 2026", 2026, 12, 5)]
    [InlineData("2020-11-21", 2020, 11, 21)]
    public void PublicationDate_CalendarDate_IsADate(string written, int year, int month, int day)
    {
        Assert.True(PublicationDate.TryRead(written, out var published));
        Assert.Equal(new DateTime(year, month, day), published!.Value.Date);
    }

    [Theory]
    [InlineData("Text by Wikipedia contributors, as of 20 July 2019", "Wikipedia contributors", 2019, 7, 20)]
    [InlineData("Written by Jane Roe, updated June 3, 2012", "Jane Roe", 2012, 6, 3)]
    [InlineData("By Jane Roe, March 5, 2024", "Jane Roe", 2024, 3, 5)]
    public void Parse_ATitleASourceLineAndABylineWithItsDate_ReadsEachAsAHeaderPart(string bylineLine, string author, int year, int month, int day)
    {
        var text = $"A quiet revolution\nFrom Wikipedia, the free encyclopedia\n{bylineLine}\n\nThe first paragraph. It has two sentences.\n";

        var document = ArticleParser.Parse("a.txt", text);

        Assert.Equal("A quiet revolution", document.Title);
        Assert.Equal(author, document.Byline);
        Assert.Equal(new DateTime(year, month, day), document.Published!.Value.Date);
        Assert.Contains(document.Parts, p => p.Kind == PartKind.Dateline && p.Text == "From Wikipedia, the free encyclopedia");
        Assert.All(document.Parts, p => Assert.Equal(text[p.Start..p.End], p.Text));
        Assert.Equal([1], document.BodyParagraphs.Select(p => p.Paragraph));
    }

    [Fact]
    public void Parse_ShortLinesBetweenParagraphs_AreSectionHeadings()
    {
        const string text = "A quiet revolution\n\nShe was born in a small town. She left at ten.\n\nEarly life\n\nHer father taught her to read.\n\nThe end came quickly.\n\nLater years and death\n\nShe died in 1888.\n";

        var document = ArticleParser.Parse("a.txt", text);

        Assert.Equal(["Early life", "Later years and death"], document.Parts.Where(p => p.Kind == PartKind.Heading).Select(p => p.Text));
        Assert.Equal(["She was born in a small town. She left at ten.", "Her father taught her to read.", "The end came quickly.", "She died in 1888."], document.BodyParagraphs.Select(p => p.Text));
        Assert.Equal([1, 3, 4, 6], document.BodyParagraphs.Select(p => p.Paragraph));
        Assert.Equal(PartKind.Heading, Assert.Single(document.Sentences, s => s.Text == "Early life").Kind);
    }

    [Fact]
    public void Parse_ABylineWithARoleAfterTheName_ReadsTheNameAndNoDate()
    {
        const string text = "A quiet revolution\nBy Jane Roe, Staff Writer\n\nThe first paragraph.\n";

        var document = ArticleParser.Parse("a.txt", text);

        Assert.Equal("Jane Roe", document.Byline);
        Assert.Null(document.Published);
        Assert.Equal("By Jane Roe, Staff Writer", Assert.Single(document.Parts, p => p.Kind == PartKind.Byline).Text);
    }

    [Fact]
    public void Parse_FrontMatter_ReadsTitleAuthorAndDateAsPartsOfTheText()
    {
        const string text = "---\ntitle: \"A quiet revolution\"\nauthor: Wikipedia contributors\ndate: 2019-07-20\n---\n\nThe first paragraph. It has two sentences.\n";

        var document = ArticleParser.Parse("a.md", text);

        Assert.Equal("A quiet revolution", document.Title);
        Assert.Equal("Wikipedia contributors", document.Byline);
        Assert.Equal(new DateTime(2019, 7, 20), document.Published!.Value.Date);
        Assert.All(document.Parts, p => Assert.Equal(text[p.Start..p.End], p.Text));
        Assert.Equal([1], document.BodyParagraphs.Select(p => p.Paragraph));
    }

    [Fact]
    public void Parse_MarkdownTitleAndEmphasisedOutletDate_ReadsBoth()
    {
        const string text = "# Three goals in the second half\n\n*Wikinews, June 19, 2018*\n\nThe match ended 3-0.\n";

        var document = ArticleParser.Parse("a.md", text);

        Assert.Equal("Three goals in the second half", document.Title);
        Assert.Equal(new DateTime(2018, 6, 19), document.Published!.Value.Date);
        Assert.Equal("Wikinews, June 19, 2018", Assert.Single(document.Parts, p => p.Kind == PartKind.Dateline).Text);
        Assert.Single(document.BodyParagraphs);
    }

    [Fact]
    public void Parse_TitleLineOnly_IsTheTitleAndTheBodyFollows()
    {
        const string text = "Edinburg, Texas\n\nEdinburg is a city in Texas. It is the county seat.\n";

        var document = ArticleParser.Parse("a.txt", text);

        Assert.Equal("Edinburg, Texas", document.Title);
        Assert.Null(document.Byline);
        Assert.Null(document.Published);
        Assert.Single(document.BodyParagraphs);
    }

    [Theory]
    [InlineData("tests/data/articles/australia-iodine-deficiency/article.txt")]
    [InlineData("tests/data/articles/nasa-sentinel6-launch/article.txt")]
    [InlineData("tests/data/articles/fridtjof-nansen/article.txt")]
    [InlineData("tests/data/articles/enron/article.txt")]
    [InlineData("tests/data/articles/nih-cord-blood-aplastic-anemia/article.txt")]
    public void Parse_CollectionHeaders_FindTitleAndAuthorOrDate(string path)
    {
        var text = File.ReadAllText(RepositoryFiles.InRepository(path));

        var document = ArticleParser.Parse(Path.GetFileName(path), text);

        Assert.False(string.IsNullOrWhiteSpace(document.Title));
        Assert.True(document.Byline is not null || document.Parts.Any(p => p.Kind == PartKind.Dateline));
        Assert.NotEqual(document.Title, document.BodyParagraphs.First().Text);
    }

    [Fact]
    public void Parse_NoHeaderAtAll_StartsTheBodyAtTheFirstBlock()
    {
        var document = RepositoryFiles.TestArticle("warhol-polaroids-usi-exhibit");

        Assert.Null(document.Byline);
        Assert.Null(document.Published);
        Assert.Equal(1, document.BodyParagraphs.First().Paragraph);
    }
}
