using ArticleQA.Bot.Replies;

namespace ArticleQA.Bot.Tests;

/// <summary>Citation texts fit Teams' limits.</summary>
public sealed class CitedReplyFactoryTests
{
    [Theory]
    [InlineData(80)]
    [InlineData(160)]
    public void Shorten_LongQuote_CutsAtWordWithinLimit(int max)
    {
        var quote = string.Join(' ', Enumerable.Repeat("innovation", 40));

        var shortened = CitedReplyFactory.Shorten(quote, max);

        Assert.InRange(shortened.Length, max / 2, max);
        Assert.EndsWith("innovation…", shortened);
    }

    [Fact]
    public void Shorten_ShortQuote_KeepsItWithWhitespaceCollapsed()
    {
        Assert.Equal("Xiaomi invested 105 billion yuan.", CitedReplyFactory.Shorten("Xiaomi  invested\n105 billion yuan.", 160));
    }
}
