using ArticleQA.Evaluation.Running;

namespace ArticleQA.Evaluation.Tests.Running;

public sealed class TextOverlapTests
{
    [Theory]
    [InlineData("“Quoted” and ‘single’ it’s", "\"quoted\" and 'single' it's")]
    [InlineData("2021–25 — done", "2021-25 - done")]
    [InlineData("  many \t\n  spaces\u00A0here  ", "many spaces here")]
    [InlineData("LIGHTHOUSE Factories", "lighthouse factories")]
    public void Normalize_FoldsCaseQuotesDashesAndWhitespace(string text, string expected)
    {
        var normalized = TextOverlap.Normalize(text);

        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("STRAẞE straße", "strasse strasse")]
    [InlineData("ΣΟΦΟΣ σοφος", "σοφοσ σοφοσ")]
    [InlineData("5′ 6″ 1‒2 a―b 3−4", "5' 6'' 1-2 a-b 3-4")]
    public void Normalize_CaseFoldsAndStraightensPrimesAndOtherDashes(string text, string expected)
    {
        var normalized = TextOverlap.Normalize(text);

        Assert.Equal(expected, normalized);
    }

    [Fact]
    public void LongestCommonSubstring_CountsCharactersNotUtf16Units()
    {
        var length = TextOverlap.LongestCommonSubstring("x\U0001F600\U0001F600y", "\U0001F600\U0001F600");

        Assert.Equal(2, length);
    }

    [Fact]
    public void Normalize_AppliesNfkc()
    {
        var normalized = TextOverlap.Normalize("Ｆｕｌｌ ｗｉｄｔｈ １２？ ﬁnance");

        Assert.Equal("full width 12? finance", normalized);
    }

    [Fact]
    public void Overlaps_CitedTextInsideSupport_Overlaps()
    {
        var overlaps = TextOverlap.Overlaps("79 lighthouse factories", "To date, China is home to 79 lighthouse factories, the highest number.");

        Assert.True(overlaps);
    }

    [Fact]
    public void Overlaps_SupportInsideCitedText_Overlaps()
    {
        var overlaps = TextOverlap.Overlaps("To date, China is home to 79 lighthouse factories, the highest number.", "home to 79 lighthouse factories");

        Assert.True(overlaps);
    }

    [Fact]
    public void Overlaps_DifferentQuotesAndCase_StillContain()
    {
        var overlaps = TextOverlap.Overlaps("CHINA’S COMMITMENT", "These figures reflect China's commitment to increasing its R&D intensity");

        Assert.True(overlaps);
    }

    [Theory]
    [InlineData(13, true)]
    [InlineData(12, false)]
    public void Overlaps_ShortCitedText_NeedsSixTenthsOfItsLengthInCommon(int common, bool expected)
    {
        // a has 21 characters, so the threshold is 0.6 × 21 = 12.6.
        const string a = "abcdefghijklmnopqrstu";
        var b = a[..common] + "#####";

        var overlaps = TextOverlap.Overlaps(a, b);

        Assert.Equal(common, TextOverlap.LongestCommonSubstring(TextOverlap.Normalize(a), TextOverlap.Normalize(b)));
        Assert.Equal(expected, overlaps);
    }

    [Theory]
    [InlineData(40, true)]
    [InlineData(39, false)]
    public void Overlaps_LongCitedText_NeedsFortyCharactersInCommon(int common, bool expected)
    {
        // a has 100 characters, so the threshold is min(40, 60) = 40.
        var a = string.Concat(Enumerable.Range(0, 100).Select(i => (char)('a' + (i % 26))));
        var b = "#" + a.Substring(10, common) + "#";

        var overlaps = TextOverlap.Overlaps(a, b);

        Assert.Equal(common, TextOverlap.LongestCommonSubstring(a, b));
        Assert.Equal(expected, overlaps);
    }

    [Fact]
    public void Overlaps_ThresholdUsesTheCitedTextsLength_NotTheSupports()
    {
        // 13 characters in common: enough for a (20 characters, threshold 12), not for b (213, threshold 40).
        const string a = "abcdefghijklmnopqrst";
        var b = "abcdefghijklm" + new string('#', 200);

        Assert.True(TextOverlap.Overlaps(a, b));
        Assert.False(TextOverlap.Overlaps(b, a));
    }

    [Fact]
    public void Overlaps_EmptyText_NeverOverlaps()
    {
        Assert.False(TextOverlap.Overlaps("", "anything"));
        Assert.False(TextOverlap.Overlaps("anything", "  "));
    }

    [Fact]
    public void ContainsAll_EveryGroupHasAnAlternative_IsTrue()
    {
        IReadOnlyList<string>[] groups = [["79", "seventy-nine"], ["LIGHTHOUSE"]];

        var contains = TextOverlap.ContainsAll("China is home to 79 lighthouse factories.", groups);

        Assert.True(contains);
    }

    [Fact]
    public void ContainsAll_OneGroupMissing_IsFalse()
    {
        IReadOnlyList<string>[] groups = [["79"], ["plants", "mills"]];

        var contains = TextOverlap.ContainsAll("China is home to 79 lighthouse factories.", groups);

        Assert.False(contains);
    }

    [Fact]
    public void ContainsAll_CurlyQuotesAndDashes_AreNormalisedOnBothSides()
    {
        IReadOnlyList<string>[] groups = [["nation's"], ["2021-25"]];

        var contains = TextOverlap.ContainsAll("The nation’s plan (2021–25)", groups);

        Assert.True(contains);
    }
}
