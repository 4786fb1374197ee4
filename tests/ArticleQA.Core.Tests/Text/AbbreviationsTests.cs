using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Text;

public sealed class AbbreviationsTests
{
    [Theory]
    [InlineData("how many lighthouse factories are in the US", "how many lighthouse factories are in the United States")]
    [InlineData("Is the U.S. ahead?", "Is the United States ahead?")]
    [InlineData("China vs the EU", "China vs the European Union")]
    public void Expand_CountryAbbreviationAfterThe_IsWrittenOut(string text, string expected) =>
        Assert.Equal(expected, Abbreviations.Expand(text));

    [Theory]
    [InlineData("Tell us about Xiaomi")]
    [InlineData("What does the user want?")]
    public void Expand_WordsThatAreNoAbbreviation_StayAsTheyAre(string text) =>
        Assert.Equal(text, Abbreviations.Expand(text));
}
