using Microsoft.Extensions.AI;

namespace ArticleQA.Core.Embeddings;

/// <summary>
/// One caller's texts waiting in <see cref="BatchingEmbeddingGenerator"/>, and the task that gives
/// the caller its embeddings, an error, or its own cancellation.
/// </summary>
internal sealed class PendingEmbeddings : IDisposable
{
    // Continuations run on the thread pool, so completing a batch never runs a caller's turn inline.
    private readonly TaskCompletionSource<IList<Embedding<float>>> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenRegistration _cancellation;

    public PendingEmbeddings(string[] texts, CancellationToken cancellationToken)
    {
        Texts = texts;
        _cancellation = cancellationToken.Register(static (state, token) =>
            ((TaskCompletionSource<IList<Embedding<float>>>)state!).TrySetCanceled(token), _result);
    }

    /// <summary>The caller's texts, in order.</summary>
    public string[] Texts { get; }

    /// <summary>Completes with one embedding per text.</summary>
    public Task<IList<Embedding<float>>> Result => _result.Task;

    public void Complete(IList<Embedding<float>> embeddings) => _result.TrySetResult(embeddings);

    public void Fail(Exception exception) => _result.TrySetException(exception);

    public void Dispose() => _cancellation.Dispose();
}
