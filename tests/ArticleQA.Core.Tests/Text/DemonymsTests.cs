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

    [Fact]
    public void CountriesIn_NamesAndAdjectives_GiveTheCountries()
    {
        var countries = Demonyms.CountriesIn(Stems("The Swedish company works in China."));

        Assert.Equal(new[] { Stemmer.Stem("sweden"), Stemmer.Stem("china") }.Order(), countries.Order());
    }

    [Theory]
    [InlineData("According to her, the Swedish company aims to drive prosperity.", true)]
    [InlineData("The company aims to drive prosperity.", false)]
    [InlineData("A swedish fish.", false)]
    public void AppearsIn_CountryAdjective_IsFound(string text, bool expected) =>
        Assert.Equal(expected, Demonyms.AppearsIn(text));

    [Fact]
    public void IsCountryNoun_CountryAndNation_AreAnsweredByACountry()
    {
        Assert.True(Demonyms.IsCountryNoun(Stemmer.Stem("country")));
        Assert.True(Demonyms.IsCountryNoun(Stemmer.Stem("nation")));
        Assert.False(Demonyms.IsCountryNoun(Stemmer.Stem("company")));
    }

    [Theory]
    [InlineData("What country is her company from?", true)]
    [InlineData("Where is Volvo from?", true)]
    [InlineData("Which city is the university in?", false)]
    public void AsksForCountry_CountryQuestions_AreRecognised(string question, bool expected) =>
        Assert.Equal(expected, Demonyms.AsksForCountry(question));
}
