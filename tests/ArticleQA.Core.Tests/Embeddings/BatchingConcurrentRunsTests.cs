using ArticleQA.Core.Embeddings;

namespace ArticleQA.Core.Tests.Embeddings;

/// <summary><see cref="BatchingEmbeddingGenerator"/> with more than one model run at a time.</summary>
public sealed class BatchingConcurrentRunsTests
{
    [Fact]
    public void GenerateAsync_OneRunAllowed_ASecondRequestWaitsForTheFirst()
    {
        var inner = new GatedEmbeddingGenerator(heldCalls: 2);
        using var batching = new BatchingEmbeddingGenerator(inner, maxBatchSize: 8);

        _ = batching.GenerateAsync(["a"]);
        _ = batching.GenerateAsync(["bb"]);

        Assert.Equal(["a"], Assert.Single(inner.Calls));
    }

    [Fact]
    public void GenerateAsync_TwoRunsAllowed_ASecondRequestStartsWhileTheFirstRuns_AndAThirdWaits()
    {
        var inner = new GatedEmbeddingGenerator(heldCalls: 2);
        using var batching = new BatchingEmbeddingGenerator(inner, maxBatchSize: 8, maxConcurrentRuns: 2);

        _ = batching.GenerateAsync(["a"]);
        _ = batching.GenerateAsync(["bb"]);
        _ = batching.GenerateAsync(["ccc"]);

        // The second caller started its own run at once; the third found both runs busy.
        Assert.Equal([["a"], ["bb"]], inner.Calls);
    }

    [Fact]
    public async Task GenerateAsync_RunsFinishOutOfOrder_EachCallerGetsItsOwnEmbeddings()
    {
        var inner = new GatedEmbeddingGenerator(heldCalls: 2);
        using var batching = new BatchingEmbeddingGenerator(inner, maxBatchSize: 8, maxConcurrentRuns: 2);

        var first = batching.GenerateAsync(["a"]);
        var second = batching.GenerateAsync(["bb"]);
        var third = batching.GenerateAsync(["ccc", "dddd"]);
        var fourth = batching.GenerateAsync(["eeeee"]);
        Assert.Equal(2, inner.Calls.Count); // both runs busy (and without a second run, awaiting it below would hang)
        inner.ReleaseCall(2);

        // The second run ends first and takes the two waiting requests into one batch.
        Assert.Equal([2f], (await second).Select(e => e.Vector.Span[0]));
        Assert.Equal([3f, 4f], (await third).Select(e => e.Vector.Span[0]));
        Assert.Equal([5f], (await fourth).Select(e => e.Vector.Span[0]));
        Assert.False(first.IsCompleted);
        inner.ReleaseCall(1);
        Assert.Equal([1f], (await first).Select(e => e.Vector.Span[0]));
        Assert.Equal([["a"], ["bb"], ["ccc", "dddd", "eeeee"]], inner.Calls);
    }

    [Fact]
    public void GenerateAsync_TwoRunsAllowed_LoneRequestsOneAfterAnother_EachRunAtOnceOnTheCaller()
    {
        // Each run gives its slot back before its caller returns; a slot kept by mistake would leave a later
        // request waiting in the queue for a run that never comes.
        var inner = new GatedEmbeddingGenerator(heldCalls: 0);
        using var batching = new BatchingEmbeddingGenerator(inner, maxBatchSize: 8, maxConcurrentRuns: 2);

        for (var i = 0; i < 200; i++)
        {
            var result = batching.GenerateAsync(["abc"]);
            Assert.True(result.IsCompletedSuccessfully, $"request {i} did not run at once");
        }

        Assert.Equal(200, inner.Calls.Count);
    }

    [Fact]
    public async Task GenerateAsync_TwoRealModelRunsAtOnce_MatchOneAtATime()
    {
        using var onnx = new OnnxEmbeddingGenerator(EmbeddingModelInfo.MiniLM, intraOpThreads: 1);
        string[] questions = ["Who is the chief executive?", "How much was invested in research and development last year?", "Where?", "What should economically developed provinces do?", "Who is Lei Jun?"];
        var alone = new List<float[]>();
        foreach (var question in questions) alone.Add((await onnx.GenerateAsync([question]))[0].Vector.ToArray());

        var inner = new GatedEmbeddingGenerator(embed: onnx, heldCalls: 2);
        using var batching = new BatchingEmbeddingGenerator(inner, maxBatchSize: 8, maxConcurrentRuns: 2);
        var requests = questions.Select(q => batching.GenerateAsync([q])).ToArray();
        Assert.Equal(2, inner.Calls.Count);
        inner.ReleaseCall(1);
        inner.ReleaseCall(2);
        var batched = (await Task.WhenAll(requests)).Select(g => g[0].Vector.ToArray()).ToList();

        Assert.Equal(questions.Skip(2), inner.Calls[2]); // the rest waited and went together into a third run
        for (var q = 0; q < questions.Length; q++)
            for (var d = 0; d < alone[q].Length; d++)
                Assert.Equal(alone[q][d], batched[q][d], 1e-5f);
    }
}
