using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Text;

public sealed class TextAnalyzerTests
{
    [Fact]
    public void Analyze_RAndD_ExpandsToResearchAndDevelopment()
    {
        var terms = TextAnalyzer.Analyze("China’s R&D budget");

        Assert.Equal(["china", "research", "development", "budget"], terms.Select(t => t.Surface));
    }

    [Fact]
    public void Stems_RAndD_MatchTheWordsItStandsFor()
    {
        var abbreviated = TextAnalyzer.Stems("R&D").ToList();

        var spelledOut = TextAnalyzer.Stems("research and development").ToList();

        Assert.Equal(spelledOut, abbreviated);
        Assert.Equal(2, abbreviated.Count);
    }

    [Theory]
    [InlineData("China’s economy")]
    [InlineData("China's economy")]
    public void Analyze_Possessive_IsDroppedWithoutTakingAPosition(string text)
    {
        var terms = TextAnalyzer.Analyze(text);

        // "China economy": the possessive s neither appears nor shifts the next word's position.
        Assert.Equal(TextAnalyzer.Analyze("China economy"), terms);
        Assert.Equal(1, terms[1].Position);
    }

    [Fact]
    public void Analyze_StopWords_AreRemoved()
    {
        var terms = TextAnalyzer.Analyze("What is the total of the budget and how was it spent?");

        Assert.Equal(["total", "budget", "spent"], terms.Select(t => t.Surface));
    }

    [Fact]
    public void Analyze_DecimalNumber_StaysOneWord()
    {
        var terms = TextAnalyzer.Analyze("It reached 3.6 trillion yuan.");

        Assert.Contains(terms, t => t.Surface == "3.6");
    }

    [Fact]
    public void Analyze_InflectedForms_ShareAStem()
    {
        var question = TextAnalyzer.Stems("How much has Xiaomi invested?").ToList();
        var article = TextAnalyzer.Stems("Xiaomi invests in research").ToList();

        Assert.Contains(Stemmer.Stem("invest"), question);
        Assert.Contains(Stemmer.Stem("invest"), article);
    }

    [Fact]
    public void Analyze_CapitalisedWord_IsMarkedCapitalised()
    {
        var terms = TextAnalyzer.Analyze("investment by Xiaomi");

        Assert.Equal([false, true], terms.Select(t => t.IsCapitalized));
    }

    [Fact]
    public void Fold_StraightensQuotesAndDashes()
    {
        var folded = TextAnalyzer.Fold("“quoted” — it’s ‘so’ 2021–25");

        Assert.Equal("\"quoted\" - it's 'so' 2021-25", folded);
    }

    [Fact]
    public void Fold_RemovesAccentsAndAppliesNfkc()
    {
        var folded = TextAnalyzer.Fold("Zürich café ﬁnance");

        Assert.Equal("Zurich cafe finance", folded);
    }

    [Fact]
    public void Stems_Gdp_MatchTheWordsItStandsFor() =>
        Assert.Equal(TextAnalyzer.Stems("gross domestic product"), TextAnalyzer.Stems("GDP"));
}
