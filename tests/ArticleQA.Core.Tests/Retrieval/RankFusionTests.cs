using ArticleQA.Core.Retrieval;

namespace ArticleQA.Core.Tests.Retrieval;

public sealed class RankFusionTests
{
    [Fact]
    public void Fuse_TwoRankings_SumsReciprocalRanksByHand()
    {
        IReadOnlyList<string>[] rankings = [["a", "b", "c"], ["b", "c"]];

        var scores = RankFusion.Fuse(rankings);

        Assert.Equal(3, scores.Count);
        Assert.Equal(1.0 / 61, scores["a"], precision: 15);
        Assert.Equal((1.0 / 62) + (1.0 / 61), scores["b"], precision: 15);
        Assert.Equal((1.0 / 63) + (1.0 / 62), scores["c"], precision: 15);
    }

    [Fact]
    public void Fuse_ItemHighInBothRankings_BeatsItemFirstInOnlyOne()
    {
        IReadOnlyList<int>[] rankings = [[1, 2, 3], [2, 3, 1]];

        var scores = RankFusion.Fuse(rankings);

        Assert.Equal([2, 1, 3], scores.OrderByDescending(kv => kv.Value).Select(kv => kv.Key));
    }

    [Fact]
    public void Fuse_CustomK_IsUsedInEveryTerm()
    {
        IReadOnlyList<string>[] rankings = [["x", "y"]];

        var scores = RankFusion.Fuse(rankings, k: 1);

        Assert.Equal(1.0 / 2, scores["x"], precision: 15);
        Assert.Equal(1.0 / 3, scores["y"], precision: 15);
    }

    [Fact]
    public void Fuse_NoRankings_GivesNoScores()
    {
        var scores = RankFusion.Fuse(Array.Empty<IReadOnlyList<string>>());

        Assert.Empty(scores);
    }
}
