using Microsoft.Extensions.AI;

namespace ArticleQA.Core.Tests.Embeddings;

/// <summary>
/// A hand-written inner generator for <c>BatchingEmbeddingGenerator</c> tests: records each call's
/// texts, and holds the first <paramref name="heldCalls"/> calls open until each is released
/// (<see cref="ReleaseCall"/>), so a test can queue more requests while batches are running. Each
/// text's vector is its length, or comes from <paramref name="embed"/>; <paramref name="failOnCall"/>
/// throws on that call (1-based).
/// </summary>
internal sealed class GatedEmbeddingGenerator(
    IEmbeddingGenerator<string, Embedding<float>>? embed = null, int failOnCall = 0, int heldCalls = 1) : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly TaskCompletionSource[] _started = NewSignals(heldCalls);
    private readonly TaskCompletionSource[] _released = NewSignals(heldCalls);

    public List<string[]> Calls { get; } = [];

    /// <summary>Completes when the first call has started (and is held).</summary>
    public Task FirstCallStarted => CallStarted(1);

    /// <summary>Completes when held call <paramref name="call"/> (1-based) has started.</summary>
    public Task CallStarted(int call) => _started[call - 1].Task;

    public void ReleaseFirstCall() => ReleaseCall(1);

    /// <summary>Lets held call <paramref name="call"/> (1-based) finish.</summary>
    public void ReleaseCall(int call) => _released[call - 1].TrySetResult();

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values.ToArray();
        int call;
        lock (Calls)
        {
            Calls.Add(texts);
            call = Calls.Count;
        }

        if (call <= heldCalls)
        {
            _started[call - 1].TrySetResult();
            await _released[call - 1].Task;
        }

        if (call == failOnCall) throw new InvalidOperationException($"call {call} failed");
        return embed is not null
            ? await embed.GenerateAsync(texts, cancellationToken: cancellationToken)
            : new GeneratedEmbeddings<Embedding<float>>(texts.Select(t => new Embedding<float>(new float[] { t.Length })));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private static TaskCompletionSource[] NewSignals(int count) =>
        Enumerable.Range(0, count).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
}
