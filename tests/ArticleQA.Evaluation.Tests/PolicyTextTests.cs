using ArticleQA.Evaluation.Training;

namespace ArticleQA.Evaluation.Tests;

/// <summary>The THRESHOLD/SHARE/SENTENCES form of an answer policy that <c>train --compare-policy</c> reads.</summary>
public sealed class PolicyTextTests
{
    [Fact]
    public void Parse_TheFormTrainPrints_GivesThePolicy()
    {
        var policy = PolicyText.Parse("0.32/0.9/3", out var problem);

        Assert.Null(problem);
        Assert.Equal((0.32, 0.9, 3), (policy!.AbstainBelow, policy.JoinShare, policy.MaxSentences));
        Assert.Equal("0.32/0.90/3", PolicyText.Format(policy));
    }

    [Theory]
    [InlineData("0.32/0.9")]
    [InlineData("0.32/0.9/3/1")]
    [InlineData("1.5/0.9/3")]
    [InlineData("-0.1/0.9/3")]
    [InlineData("0.32/0/3")]
    [InlineData("0.32/0.9/0")]
    [InlineData("0,32/0.9/3")]
    [InlineData("high/0.9/3")]
    public void Parse_AnythingElse_GivesNoPolicyAndOneLine(string text)
    {
        var policy = PolicyText.Parse(text, out var problem);

        Assert.Null(policy);
        Assert.NotNull(problem);
        Assert.Contains($"'{text}' is not THRESHOLD/SHARE/SENTENCES", problem);
        Assert.DoesNotContain('\n', problem);
    }
}
