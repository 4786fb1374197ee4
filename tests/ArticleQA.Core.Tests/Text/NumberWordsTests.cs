using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Text;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("How many patents for every ten thousand inhabitants?", "How many patents for every 10,000 inhabitants?")]
    [InlineData("More than three hundred products", "More than 300 products")]
    [InlineData("a thousand robots", "1,000 robots")]
    public void ToDigits_ScaledNumberWords_AreWrittenInDigits(string text, string expected) =>
        Assert.Equal(expected, NumberWords.ToDigits(text));

    [Theory]
    [InlineData("Over the past three years")]
    [InlineData("who's the one saying it")]
    [InlineData("Which are the other two countries?")]
    public void ToDigits_SmallNumbers_StayWords(string text) =>
        Assert.Equal(text, NumberWords.ToDigits(text));
}
