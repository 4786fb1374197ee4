using ArticleQA.Evaluation.Comparison;
using static ArticleQA.Evaluation.Tests.Samples;

namespace ArticleQA.Evaluation.Tests;

public sealed class ScoreboardTests
{
    [Fact]
    public void Score_IsTheMeanOfTheFiveContractMetrics()
    {
        var questions = new[] { Answerable("q1"), Answerable("q2"), Unanswerable("u1") };
        // accuracy 1/2, precision 1/2, recall 1/2, recall@5 1/2, abstention 1 -> mean 0.6.
        var results = Results(questions, "a",
            Item("q1", "79 lighthouse factories [1]", citations: [Good], retrieved: [Support]),
            Item("q2", "Many [1]", citations: [Bad]),
            Item("u1", "No.", abstained: true));

        Assert.Equal(0.6, Scoreboard.Score(results), precision: 12);
    }

    [Fact]
    public void Winner_IsTheHighestScore_AndTheEarliestOnATie()
    {
        var questions = new[] { Answerable("q1") };
        var weak = Results(questions, "weak", Item("q1", "Many."));
        var strong = Results(questions, "strong", Item("q1", "79 lighthouse factories [1]", citations: [Good], retrieved: [Support]));
        var twin = strong with { ConfigName = "twin" };

        Assert.Equal("strong", Scoreboard.Winner([weak, strong, twin]).ConfigName);
        Assert.Equal("weak", Scoreboard.Winner([weak, weak with { ConfigName = "other" }]).ConfigName);
    }
}
