using ArticleQA.Core.Embeddings;
using Microsoft.Extensions.AI;

namespace ArticleQA.Core.Tests.Embeddings;

public sealed class BatchingEmbeddingGeneratorTests
{
    [Fact]
    public async Task GenerateAsync_LoneRequest_RunsAtOnceAlone()
    {
        var inner = new GatedEmbeddingGenerator();
        inner.ReleaseFirstCall();
        using var batching = new BatchingEmbeddingGenerator(inner, maxBatchSize: 8);

        var result = await batching.GenerateAsync(["abc", "de"]);

        Assert.Equal([3f, 2f], result.Select(e => e.Vector.Span[0]));
        Assert.Equal(["abc", "de"], Assert.Single(inner.Calls));
    }

    [Fact]
    public void GenerateAsync_LoneRequestsOneAfterAnother_EachRunAtOnceOnTheCaller()
    {
        // The inner generator completes at once, so each request finishes before its call returns. If the
        // caller handed an empty queue to the thread pool, the generator would still count as busy until
        // that ran, and the next request would wait for it instead of finishing here.
        var inner = new GatedEmbeddingGenerator();
        inner.ReleaseFirstCall();
        using var batching = new BatchingEmbeddingGenerator(inner, maxBatchSize: 8);

        for (var i = 0; i < 200; i++)
        {
            var result = batching.GenerateAsync(["abc"]);
            Assert.True(result.IsCompletedSuccessfully, $"request {i} did not run at once");
        }

        Assert.Equal(200, inner.Calls.Count);
    }

    [Fact]
    public async Task GenerateAsync_RequestsArrivingDuringABatch_GoTogetherIntoTheNext()
    {
        var inner = new GatedEmbeddingGenerator();
        using var batching = new BatchingEmbeddingGenerator(inner, maxBatchSize: 8);

        var first = batching.GenerateAsync(["a"]);
        await inner.FirstCallStarted;
        var second = batching.GenerateAsync(["bb", "ccc"]);
        var third = batching.GenerateAsync(["dddd"]);
        inner.ReleaseFirstCall();

        Assert.Equal([1f], (await first).Select(e => e.Vector.Span[0]));
        Assert.Equal([2f, 3f], (await second).Select(e => e.Vector.Span[0]));
        Assert.Equal([4f], (await third).Select(e => e.Vector.Span[0]));
        Assert.Equal(2, inner.Calls.Count);
        Assert.Equal(["bb", "ccc", "dddd"], inner.Calls[1]);
    }

    [Fact]
    public async Task GenerateAsync_MoreWaitingThanABatchHolds_SplitsInOrder()
    {
        var inner = new GatedEmbeddingGenerator();
        using var batching = new BatchingEmbeddingGenerator(inner, maxBatchSize: 2);

        var first = batching.GenerateAsync(["a"]);
        await inner.FirstCallStarted;
        var waiting = new[] { "b", "c", "d" }.Select(t => batching.GenerateAsync([t])).ToArray();
        inner.ReleaseFirstCall();
        await Task.WhenAll([first, .. waiting]);

        Assert.Equal([["a"], ["b", "c"], ["d"]], inner.Calls);
    }

    [Fact]
    public async Task GenerateAsync_OneCallerCancels_OthersStillGetTheirEmbeddings()
    {
        var inner = new GatedEmbeddingGenerator();
        using var batching = new BatchingEmbeddingGenerator(inner, maxBatchSize: 8);
        using var cancel = new CancellationTokenSource();

        var running = batching.GenerateAsync(["a"], cancellationToken: cancel.Token);
        await inner.FirstCallStarted;
        var waiting = batching.GenerateAsync(["bb"], cancellationToken: cancel.Token);
        var other = batching.GenerateAsync(["ccc"]);
        await cancel.CancelAsync();
        inner.ReleaseFirstCall();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal([3f], (await other).Select(e => e.Vector.Span[0]));
        Assert.Equal(["ccc"], inner.Calls[1]); // the cancelled waiter was left out
    }

    [Fact]
    public async Task GenerateAsync_BatchFails_EveryCallerInItGetsTheError()
    {
        var inner = new GatedEmbeddingGenerator(failOnCall: 2);
        using var batching = new BatchingEmbeddingGenerator(inner, maxBatchSize: 8);

        var first = batching.GenerateAsync(["a"]);
        await inner.FirstCallStarted;
        var second = batching.GenerateAsync(["bb"]);
        var third = batching.GenerateAsync(["ccc"]);
        inner.ReleaseFirstCall();

        await first;
        Assert.Equal("call 2 failed", (await Assert.ThrowsAsync<InvalidOperationException>(() => second)).Message);
        Assert.Equal("call 2 failed", (await Assert.ThrowsAsync<InvalidOperationException>(() => third)).Message);
        Assert.Equal([4f], (await batching.GenerateAsync(["dddd"])).Select(e => e.Vector.Span[0])); // and it goes on
    }

    [Fact]
    public async Task GenerateAsync_MoreTextsThanABatch_GoesStraightThrough()
    {
        var inner = new GatedEmbeddingGenerator();
        inner.ReleaseFirstCall();
        using var batching = new BatchingEmbeddingGenerator(inner, maxBatchSize: 2);

        var result = await batching.GenerateAsync(["a", "b", "c"]);

        Assert.Equal(3, result.Count);
        Assert.Equal(["a", "b", "c"], Assert.Single(inner.Calls));
    }

    [Fact]
    public async Task GenerateAsync_BatchedThroughTheRealModel_MatchesOneAtATime()
    {
        using var onnx = new OnnxEmbeddingGenerator(EmbeddingModelInfo.MiniLM);
        string[] questions = ["Who is the chief executive?", "How much was invested in research and development last year?", "Where?", "What should economically developed provinces do?"];
        var alone = new List<float[]>();
        foreach (var question in questions) alone.Add((await onnx.GenerateAsync([question]))[0].Vector.ToArray());

        var inner = new GatedEmbeddingGenerator(embed: onnx);
        using var batching = new BatchingEmbeddingGenerator(inner, maxBatchSize: 8);
        var first = batching.GenerateAsync([questions[0]]);
        await inner.FirstCallStarted;
        var rest = questions.Skip(1).Select(q => batching.GenerateAsync([q])).ToArray();
        inner.ReleaseFirstCall();
        var batched = (await Task.WhenAll([first, .. rest])).Select(g => g[0].Vector.ToArray()).ToList();

        Assert.Equal(questions.Skip(1), inner.Calls[1]); // three questions of different lengths, padded into one run
        for (var q = 0; q < questions.Length; q++)
            for (var d = 0; d < alone[q].Length; d++)
                Assert.Equal(alone[q][d], batched[q][d], 1e-5f);
    }
}
