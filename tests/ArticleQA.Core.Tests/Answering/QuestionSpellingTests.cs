using ArticleQA.Core.Answering;

namespace ArticleQA.Core.Tests.Answering;

public sealed class QuestionSpellingTests
{
    [Theory]
    [InlineData("impresed", "impressed", true)]
    [InlineData("wich", "which", true)]
    [InlineData("teh", "the", true)]
    [InlineData("factroy", "factory", true)]
    [InlineData("cover", "over", true)]
    [InlineData("factory", "factory", false)]
    [InlineData("fraction", "traction", true)]
    [InlineData("invest", "inverts", false)]
    public void IsOneEditAway_CountsOneInsertionDeletionSubstitutionOrSwap(string a, string b, bool expected) =>
        Assert.Equal(expected, QuestionSpelling.IsOneEditAway(a, b));
}
