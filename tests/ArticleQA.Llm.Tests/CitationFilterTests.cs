using ArticleQA.Llm.Answering;

namespace ArticleQA.Llm.Tests;

/// <summary>The marker and not-found checks, on whole replies and on replies cut into any pieces.</summary>
public sealed class CitationFilterTests
{
    private const string Token = "INFO NOT FOUND";

    [Theory]
    [InlineData("Xiaomi invested 105 billion yuan [1].", "Xiaomi invested 105 billion yuan [1].", new[] { 1 })]
    [InlineData("A [1][6]. B [7]. C [2].", "A [1]. B. C [2].", new[] { 1, 2 })]
    [InlineData("A [1, 2] and [2; 9].", "A [1][2] and [2].", new[] { 1, 2 })]
    [InlineData("A [Source 3].", "A [3].", new[] { 3 })]
    [InlineData("[0] A [5] [99]", "A [5]", new[] { 5 })]
    [InlineData("Prices [in yuan] rose [2]", "Prices [in yuan] rose [2]", new[] { 2 })]
    [InlineData("  Leading and trailing spaces [1]  \n", "Leading and trailing spaces [1]", new[] { 1 })]
    [InlineData("Information was not found in 2024 [4].", "Information was not found in 2024 [4].", new[] { 4 })]
    public void Check_WholeReply_KeepsValidMarkersAndRemovesOthers(string reply, string expected, int[] cited)
    {
        var filter = new CitationFilter(5, Token);

        var text = filter.Push(reply) + filter.Finish();

        Assert.Equal(expected, text);
        Assert.Equal(cited, filter.Cited);
        Assert.False(filter.NotFound);
    }

    [Theory]
    [InlineData("INFO NOT FOUND")]
    [InlineData("info not found.")]
    [InlineData(" `INFO NOT FOUND` ")]
    [InlineData("INFO NOT FOUND: the sources do not give a revenue figure.")]
    public void Check_NotFoundToken_WithPunctuationOrSpaces_IsNotFound(string reply)
    {
        var filter = new CitationFilter(5, Token);

        var text = filter.Push(reply) + filter.Finish();

        Assert.True(filter.NotFound);
        Assert.Equal("", text);
    }

    [Fact]
    public void Check_ReplyThatOnlyStartsLikeTheToken_IsShown()
    {
        var filter = new CitationFilter(5, Token);

        var shownEarly = filter.Push("INFO");
        var text = shownEarly + filter.Push("RMATION technology grew [1].") + filter.Finish();

        Assert.Equal("", shownEarly);
        Assert.Equal("INFORMATION technology grew [1].", text);
        Assert.False(filter.NotFound);
    }

    [Theory]
    [InlineData("Xiaomi [1][9] has invested 105 billion yuan [2, 8] over five years [3]. INFO is [source 4] here [ok].")]
    [InlineData("INFO NOT FOUND.")]
    [InlineData("[12] Only invented [13].")]
    public void Check_ReplyCutIntoPieces_GivesTheSameTextAsWhole(string reply)
    {
        var whole = new CitationFilter(4, Token);
        var expected = whole.Push(reply) + whole.Finish();

        foreach (var size in new[] { 1, 2, 3, 5, 8 })
        {
            var pieces = new CitationFilter(4, Token);
            var text = string.Concat(reply.Chunk(size).Select(c => pieces.Push(new string(c)))) + pieces.Finish();

            Assert.Equal(expected, text);
            Assert.Equal(whole.Cited, pieces.Cited);
            Assert.Equal(whole.NotFound, pieces.NotFound);
        }
    }
}
