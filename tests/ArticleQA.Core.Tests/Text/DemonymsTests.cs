using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Text;

public sealed class DemonymsTests
{
    private static HashSet<string> Stems(string text) => TextAnalyzer.Stems(text).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Contains_AdjectiveOfACountry_MatchesTheCountry() =>
        Assert.True(Demonyms.Contains(Stems("China provides a unique space for AI innovation."), Stemmer.Stem("chinese")));

    [Fact]
    public void Contains_OtherWord_MatchesOnlyItself()
    {
        var stems = Stems("China provides a unique space for AI innovation.");

        Assert.True(Demonyms.Contains(stems, Stemmer.Stem("space")));
        Assert.False(Demonyms.Contains(stems, Stemmer.Stem("swedish")));
    }
}
