using ArticleQA.Evaluation.Comparison;
using ArticleQA.Evaluation.Reports;
using static ArticleQA.Evaluation.Tests.Samples;

namespace ArticleQA.Evaluation.Tests;

public sealed class BaselineDiffTests
{
    [Fact]
    public void Compare_ListsFlipsBothWaysAndEveryMetricChange()
    {
        var questions = new[] { Answerable("q1"), Answerable("q2"), Answerable("q3"), Unanswerable("u1") };
        var before = Results(questions, "old",
            Item("q1", "79 lighthouse factories [1]", citations: [Good], retrieved: [Support]),
            Item("q2", "Many.", citations: [Bad]),
            Item("q3", "79 lighthouse factories [1]", citations: [Good], retrieved: [Support]),
            Item("u1", "No.", abstained: true));
        var after = Results(questions, "new",
            Item("q1", "The article does not say.", abstained: true),
            Item("q2", "79 lighthouse factories [1]", citations: [Good], retrieved: [Support]),
            Item("q3", "79 lighthouse factories [1]", citations: [Good], retrieved: [Support]),
            Item("u1", "In 2010."));

        var diff = BaselineDiff.Compare("old.json", questions, before, after);

        Assert.Equal(["q1", "u1"], diff.Broke.Select(f => f.Id));
        Assert.All(diff.Broke, f => Assert.Equal((Outcome.Pass, Outcome.Fail), (f.Before, f.After)));
        Assert.Equal("q2", Assert.Single(diff.Fixed).Id);
        Assert.Contains("answered an unanswerable question", diff.Broke[1].Why);
        var accuracy = diff.Metrics.Single(m => m.Metric == "answer_accuracy");
        Assert.Equal((2.0 / 3, 2.0 / 3, 0.0), (accuracy.Before, accuracy.After, accuracy.Delta));
        var abstention = diff.Metrics.Single(m => m.Metric == "abstention_accuracy");
        Assert.Equal(-1.0, abstention.Delta, precision: 12);
    }

    [Fact]
    public void Compare_BaselineWithoutSummary_IsScoredAfresh()
    {
        var questions = new[] { Answerable("q1") };
        var before = Results(questions, "old", Item("q1", "Many.")) with { Summary = null, SummaryByTag = null };
        var after = Results(questions, "new", Item("q1", "79 lighthouse factories [1]", citations: [Good]));

        var diff = BaselineDiff.Compare("old.json", questions, before, after);

        Assert.Equal(1.0, diff.Metrics.Single(m => m.Metric == "answer_accuracy").Delta, precision: 12);
        Assert.Equal("q1", Assert.Single(diff.Fixed).Id);
    }
}
