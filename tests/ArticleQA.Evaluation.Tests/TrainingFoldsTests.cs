using ArticleQA.Evaluation.Training;

namespace ArticleQA.Evaluation.Tests;

public sealed class TrainingFoldsTests
{
    private static readonly string[] Articles = ["delta", "alpha", "echo", "charlie", "bravo"];

    [Fact]
    public void Folds_None_IsOneArticlePerFold_InNameOrder()
    {
        var folds = TrainingRun.Folds(Articles, null);

        Assert.Equal(["alpha", "bravo", "charlie", "delta", "echo"], folds.Select(f => Assert.Single(f)));
    }

    [Fact]
    public void Folds_Two_DealsEveryArticleIntoExactlyOneGroup()
    {
        var folds = TrainingRun.Folds(Articles, 2);

        Assert.Equal(2, folds.Count);
        Assert.Equal(["alpha", "charlie", "echo"], folds[0]);
        Assert.Equal(["bravo", "delta"], folds[1]);
        Assert.Equal(Articles.Order(StringComparer.Ordinal), folds.SelectMany(f => f).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Folds_SameArticlesInAnotherOrder_GiveTheSameGroups() =>
        Assert.Equal(TrainingRun.Folds(Articles, 3), TrainingRun.Folds(Articles.Reverse().ToList(), 3));

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    public void Folds_OutsideTwoToTheArticleCount_AreRefused(int folds) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TrainingRun.Folds(Articles, folds));
}
