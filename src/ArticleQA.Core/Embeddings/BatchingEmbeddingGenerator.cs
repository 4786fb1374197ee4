using Microsoft.Extensions.AI;

namespace ArticleQA.Core.Embeddings;

/// <summary>
/// Puts small embedding requests that arrive at the same time into one call of the inner generator,
/// so that concurrent questions share one padded ONNX run instead of competing for the cores.
/// </summary>
/// <remarks>
/// There is no timer window: a request that finds the generator idle runs at once, on the caller's
/// thread, alone. Requests that arrive while a batch runs wait for it to finish and then go together
/// (up to <c>maxBatchSize</c> texts) into the next one. So a lone question never waits, and under
/// load the batch grows with the queue. Up to <c>maxConcurrentRuns</c> inner calls run at a time: a
/// request that finds fewer running starts its own, and each run that ends takes the requests that wait.
/// A caller that cancels gets
/// <see cref="OperationCanceledException"/> without disturbing the others; an inner failure reaches
/// every caller of that batch. Requests with more texts than <c>maxBatchSize</c> (ingestion) go
/// straight to the inner generator.
/// </remarks>
public sealed class BatchingEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly int _maxBatchSize;
    private readonly int _maxConcurrentRuns;
    private readonly Queue<PendingEmbeddings> _pending = new();
    private readonly Lock _gate = new();
    private int _running;

    /// <summary>
    /// Wraps <paramref name="inner"/>; a batch holds at most <paramref name="maxBatchSize"/> texts, and at most
    /// <paramref name="maxConcurrentRuns"/> batches run at the same time.
    /// </summary>
    public BatchingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, int maxBatchSize, int maxConcurrentRuns = 1)
        : base(inner)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrentRuns, 1);
        _maxBatchSize = maxBatchSize;
        _maxConcurrentRuns = maxConcurrentRuns;
    }

    /// <inheritdoc />
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values as string[] ?? values.ToArray();
        // Options could differ between callers, so only plain requests are pooled.
        if (texts.Length == 0 || texts.Length > _maxBatchSize || options is not null)
            return await base.GenerateAsync(texts, options, cancellationToken).ConfigureAwait(false);

        cancellationToken.ThrowIfCancellationRequested();
        using var request = new PendingEmbeddings(texts, cancellationToken);
        if (Enqueue(request)) await RunBatchesAsync(handOff: true).ConfigureAwait(false);
        return new GeneratedEmbeddings<Embedding<float>>(await request.Result.ConfigureAwait(false));
    }

    // True when the caller found fewer batches running than allowed and so must start one.
    private bool Enqueue(PendingEmbeddings request)
    {
        lock (_gate)
        {
            _pending.Enqueue(request);
            if (_running == _maxConcurrentRuns) return false;
            _running++;
            return true;
        }
    }

    // Runs batches until the queue is empty. With handOff (the caller that started it) only the first
    // batch runs on the caller; when requests wait, the rest continue on the thread pool so that the
    // caller can return. A lone request leaves the generator idle without a trip to the thread pool.
    private async Task RunBatchesAsync(bool handOff)
    {
        while (TakeBatch() is { } batch)
        {
            await RunAsync(batch).ConfigureAwait(false);
            if (handOff)
            {
                if (!StopIfIdle()) _ = Task.Run(() => RunBatchesAsync(handOff: false));
                return;
            }
        }
    }

    // True, and one run fewer, when no request waits.
    private bool StopIfIdle()
    {
        lock (_gate)
        {
            if (_pending.Count > 0) return false;
            _running--;
            return true;
        }
    }

    // The next requests that still wait, up to the batch size; null (and one run fewer) when none is left.
    private List<PendingEmbeddings>? TakeBatch()
    {
        lock (_gate)
        {
            var batch = new List<PendingEmbeddings>();
            var texts = 0;
            while (_pending.TryPeek(out var next) && (batch.Count == 0 || texts + next.Texts.Length <= _maxBatchSize))
            {
                _pending.Dequeue();
                if (next.Result.IsCompleted) continue; // cancelled while it waited
                batch.Add(next);
                texts += next.Texts.Length;
            }

            if (batch.Count > 0) return batch;
            _running--;
            return null;
        }
    }

    private async Task RunAsync(List<PendingEmbeddings> batch)
    {
        try
        {
            // Not the callers' tokens: one caller giving up must not cancel the others' embeddings.
            var all = batch.SelectMany(r => r.Texts).ToArray();
            var generated = await base.GenerateAsync(all, options: null, CancellationToken.None).ConfigureAwait(false);
            if (generated.Count != all.Length)
                throw new InvalidOperationException($"The embedding generator returned {generated.Count} embeddings for {all.Length} texts.");

            var offset = 0;
            foreach (var request in batch)
            {
                request.Complete(generated.Skip(offset).Take(request.Texts.Length).ToList());
                offset += request.Texts.Length;
            }
        }
        catch (Exception e)
        {
            foreach (var request in batch) request.Fail(e);
        }
    }
}
