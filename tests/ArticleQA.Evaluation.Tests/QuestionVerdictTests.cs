using ArticleQA.Evaluation.Reports;
using static ArticleQA.Evaluation.Tests.Samples;

namespace ArticleQA.Evaluation.Tests;

public sealed class QuestionVerdictTests
{
    [Fact]
    public void Judge_CorrectAndSupported_Passes()
    {
        var verdict = QuestionVerdict.Judge(Answerable("q1"), Item("q1", "79 lighthouse factories [1]", citations: [Good], retrieved: [Support]));

        Assert.Equal(Outcome.Pass, verdict.Outcome);
    }

    [Fact]
    public void Judge_MissingFact_SaysWhichOne()
    {
        var verdict = QuestionVerdict.Judge(Answerable("q1"), Item("q1", "79 factories [1]", citations: [Good]));

        Assert.Equal(Outcome.Fail, verdict.Outcome);
        Assert.Contains("missing expected fact 'lighthouse'", verdict.Reasons);
    }

    [Fact]
    public void Judge_CitationOutsideSupport_SaysTheSentenceIsNotInSupport()
    {
        var verdict = QuestionVerdict.Judge(Answerable("q1"), Item("q1", "79 lighthouse factories [1]", citations: [Bad]));

        Assert.Equal(Outcome.Fail, verdict.Outcome);
        Assert.Contains(verdict.Reasons, r => r.StartsWith("cited sentence not in support: [1] 'Zhejiang", StringComparison.Ordinal));
    }

    [Fact]
    public void Judge_AnsweredUnanswerable_FailsSayingSo()
    {
        var verdict = QuestionVerdict.Judge(Unanswerable("u1"), Item("u1", "In 2010 [1].", citations: [Bad]));

        Assert.Equal(Outcome.Fail, verdict.Outcome);
        Assert.StartsWith("answered an unanswerable question", Assert.Single(verdict.Reasons));
    }

    [Fact]
    public void Judge_AbstainedOnAnswerable_FailsWithTheReason()
    {
        var item = Item("q1", "The article does not say.", abstained: true) with { NoResultReason = "no-evidence" };

        var verdict = QuestionVerdict.Judge(Answerable("q1"), item);

        Assert.Equal("abstained on an answerable question (no-evidence)", Assert.Single(verdict.Reasons));
    }

    [Fact]
    public void Judge_TooLong_SaysHowLong()
    {
        var verdict = QuestionVerdict.Judge(Answerable("q1"), Item("q1", "79 lighthouse " + new string('x', 700), citations: [Good]));

        Assert.Contains("answer is 714 characters (at most 600 count as correct)", verdict.Reasons);
    }

    [Fact]
    public void Judge_NoExpectation_IsNotScored()
    {
        var verdict = QuestionVerdict.Judge(new() { Id = "x", Question = "?" }, Item("x", "Anything."));

        Assert.Equal(Outcome.NotScored, verdict.Outcome);
    }
}
