using Microsoft.Extensions.AI;

namespace ArticleQA.Core.Tests.Embeddings;

/// <summary>
/// A hand-written inner generator for <c>BatchingEmbeddingGenerator</c> tests: records each call's
/// texts, and holds the first call open until <see cref="ReleaseFirstCall"/>, so a test can queue
/// more requests while a batch is running. Each text's vector is its length, or comes from
/// <paramref name="embed"/>; <paramref name="failOnCall"/> throws on that call (1-based).
/// </summary>
internal sealed class GatedEmbeddingGenerator(
    IEmbeddingGenerator<string, Embedding<float>>? embed = null, int failOnCall = 0) : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly TaskCompletionSource _firstCallReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstCallStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public List<string[]> Calls { get; } = [];

    /// <summary>Completes when the first call has started (and is held).</summary>
    public Task FirstCallStarted => _firstCallStarted.Task;

    public void ReleaseFirstCall() => _firstCallReleased.TrySetResult();

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

        if (call == 1)
        {
            _firstCallStarted.TrySetResult();
            await _firstCallReleased.Task;
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
}
