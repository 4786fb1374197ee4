using ArticleQA.Core.Embeddings;

namespace ArticleQA.Core.Tests.Embeddings;

public sealed class RunPlannerTests
{
    [Fact]
    public void Plan_SimilarLengths_OneRun() =>
        Assert.Equal([0..4], RunPlanner.Plan([7, 8, 8, 9], maxRunSize: 16, overheadTokens: 16));

    [Fact]
    public void Plan_ShortAndLongTexts_SplitWhenThePaddingSavedOutweighsARun()
    {
        // One run: 16 + 4 x 30 = 136 slots; two: (16 + 2 x 7) + (16 + 2 x 30) = 106.
        Assert.Equal([0..2, 2..4], RunPlanner.Plan([7, 7, 30, 30], maxRunSize: 16, overheadTokens: 16));
        // With a dearer run (100 slots) one run is cheaper: 220 against 274.
        Assert.Equal([0..4], RunPlanner.Plan([7, 7, 30, 30], maxRunSize: 16, overheadTokens: 100));
    }

    [Fact]
    public void Plan_MoreTextsThanARunHolds_EveryRunWithinTheLimit_CoveringAllInOrder()
    {
        var lengths = Enumerable.Repeat(12, 40).ToArray();

        var runs = RunPlanner.Plan(lengths, maxRunSize: 16);

        Assert.All(runs, r => Assert.InRange(r.GetOffsetAndLength(lengths.Length).Length, 1, 16));
        var positions = Enumerable.Range(0, 40).ToArray();
        Assert.Equal(positions, runs.SelectMany(r => positions[r]));
    }

    [Fact]
    public void Plan_Nothing_NoRun() => Assert.Empty(RunPlanner.Plan([], maxRunSize: 16));
}
