using ArticleQA.Core.Answering;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Answering;

public sealed class AskedNameTests
{
    private static readonly CorpusVocabulary Vocabulary = new(
    [
        "Qiao Hong, an academician, said robots matter.",
        "Over the past three years, Qiao said, installations rose.",
        "The United Nations keeps an industrial classification.",
        "China is making a strategic shift toward economic growth.",
    ]);

    private static AskedName Name(string text) => new(TextAnalyzer.Stems(text).ToList(), Vocabulary.IsAlwaysCapitalized);

    private static HashSet<string> Stems(string text) => TextAnalyzer.Stems(text).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Match_EveryWord_IsOne() => Assert.Equal(1, Name("Qiao Hong").Match(Stems("Qiao Hong, an academician, said")));

    [Fact]
    public void Match_TheSurnameAlone_IsPartial() => Assert.Equal(0.85, Name("Qiao Hong").Match(Stems("Qiao said so")));

    [Fact]
    public void Match_OnlyACommonWordOfTheName_IsNone() =>
        Assert.Equal(0, Name("World Economic Forum").Match(Stems("a shift toward economic growth")));

    [Fact]
    public void IsMissingFrom_WordsNeverTogetherInOneSentence_IsTrue()
    {
        var sentences = new[] { Stems("The United Nations keeps a list."), Stems("The state of things.") };

        Assert.True(AskedName.IsMissingFrom(TextAnalyzer.Stems("United States").ToList(), sentences));
        Assert.False(AskedName.IsMissingFrom(TextAnalyzer.Stems("United Nations").ToList(), sentences));
    }

    [Fact]
    public void Coverage_NameInThePreviousParagraph_CountsForAQuotation()
    {
        var coverage = AskedName.Coverage([Name("Qiao Hong")], Stems("“Robots matter,” she said."), Stems("“Robots matter,” she said."), Stems("Qiao Hong, an academician"));

        Assert.Equal(0.9, coverage, 3);
    }

    [Fact]
    public void StatedCoverage_NameOnlyAsTheYardstick_IsZero()
    {
        const string sentence = "Intensity stood at 2.68 percent, surpassing the average of European Union countries.";
        var all = Stems(sentence);

        var coverage = AskedName.StatedCoverage([Name("European Union")], Comparison.StatedStems(sentence, all), all, all, Stems(""));

        Assert.Equal(0, coverage);
    }
}
