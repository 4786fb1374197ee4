using ArticleQA.Core.Answering;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Answering;

public sealed class OtherCountriesTests
{
    private static HashSet<string> Stems(string text) => TextAnalyzer.Stems(text).ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("Which are the other two countries that can deliver complete quantum computers?")]
    [InlineData("Which countries were able to deliver complete quantum computers before China?")]
    [InlineData("What countries besides China have lighthouse factories?")]
    [InlineData("Which two countries delivered complete quantum computers before China?")]
    [InlineData("china is the third country able to deliver quantum computers - which are the other two?")]
    public void Excluded_QuestionAskingForOtherCountries_IsRecognised(string question) =>
        Assert.NotNull(OtherCountries.Excluded(question));

    [Theory]
    [InlineData("What sets China apart from every other country?")]
    [InlineData("Which country has the most lighthouse factories?")]
    [InlineData("What other companies did the experts name?")]
    [InlineData("How many other countries could deliver complete quantum computers before China?")]
    public void Excluded_OtherQuestions_AreNull(string question) =>
        Assert.Null(OtherCountries.Excluded(question));

    [Fact]
    public void NamesAnother_SentenceNamingOnlyTheExcludedCountry_DoesNotAnswer()
    {
        var excluded = OtherCountries.Excluded("Which countries delivered quantum computers before China?")!;

        Assert.False(OtherCountries.NamesAnother(Stems("China has become the third country capable of delivering complete quantum computers."), excluded));
        Assert.True(OtherCountries.NamesAnother(Stems("China joined the American and Canadian makers of quantum computers."), excluded));
    }

    [Fact]
    public void NamesAnother_QuestionNamingNoCountry_NeedsTheOneMeantAndAnother()
    {
        var excluded = OtherCountries.Excluded("Which are the other two countries that can deliver complete quantum computers?")!;

        Assert.False(OtherCountries.NamesAnother(Stems("China has become the third country capable of delivering complete quantum computers."), excluded));
        Assert.True(OtherCountries.NamesAnother(Stems("Only Japan, America and China can deliver them."), excluded));
    }
}
