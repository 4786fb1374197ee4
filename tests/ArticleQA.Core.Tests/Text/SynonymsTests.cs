using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Text;

public sealed class SynonymsTests
{
    [Theory]
    [InlineData("boss", "chairman")]
    [InlineData("allow", "enable")]
    [InlineData("merging", "integration")]
    [InlineData("science", "sci")]
    [InlineData("moon", "lunar")]
    [InlineData("heartening", "encouragement")]
    [InlineData("leader", "lead")]
    public void Of_WordsOfOneGroup_MatchEachOther(string asked, string written) =>
        Assert.Contains(Stemmer.Stem(written), Synonyms.Of(Stemmer.Stem(asked)));

    [Theory]
    [InlineData("boss", "revenue")]
    [InlineData("moon", "robot")]
    public void Of_WordsOfDifferentGroups_DoNotMatch(string asked, string written) =>
        Assert.DoesNotContain(Stemmer.Stem(written), Synonyms.Of(Stemmer.Stem(asked)));

    [Fact]
    public void Of_WordInNoGroup_IsOnlyItself() =>
        Assert.Equal(new[] { "xiaomi" }, Synonyms.Of("xiaomi"));
}
