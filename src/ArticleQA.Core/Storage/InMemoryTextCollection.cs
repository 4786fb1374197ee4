using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace ArticleQA.Core.Storage;

/// <summary>
/// The default vector store collection: records in memory, exact cosine search. The index
/// file on disk is the durable copy; this collection is filled from it at start. Replace it
/// by registering another <see cref="VectorStoreCollection{TKey, TRecord}"/>.
/// </summary>
public sealed class InMemoryTextCollection(string name = "articleqa") : VectorStoreCollection<string, TextRecord>
{
    private readonly ConcurrentDictionary<string, TextRecord> _records = new(StringComparer.Ordinal);
    private volatile bool _exists;

    /// <inheritdoc />
    public override string Name => name;

    /// <inheritdoc />
    public override Task<bool> CollectionExistsAsync(CancellationToken cancellationToken = default) => Task.FromResult(_exists);

    /// <inheritdoc />
    public override Task EnsureCollectionExistsAsync(CancellationToken cancellationToken = default)
    {
        _exists = true;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task EnsureCollectionDeletedAsync(CancellationToken cancellationToken = default)
    {
        _records.Clear();
        _exists = false;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task<TextRecord?> GetAsync(string key, RecordRetrievalOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(_records.GetValueOrDefault(key));

    /// <inheritdoc />
    public override async IAsyncEnumerable<TextRecord> GetAsync(
        Expression<Func<TextRecord, bool>> filter, int top, FilteredRecordRetrievalOptions<TextRecord>? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var predicate = Compile(filter);
        foreach (var record in _records.Values.Where(predicate).OrderBy(r => r.Key, StringComparer.Ordinal).Skip(options?.Skip ?? 0).Take(top))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        _records.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task UpsertAsync(TextRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        _records[record.Key] = record;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task UpsertAsync(IEnumerable<TextRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records) _records[record.Key] = record;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<VectorSearchResult<TextRecord>> SearchAsync<TInput>(
        TInput searchValue, int top, VectorSearchOptions<TextRecord>? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = searchValue switch
        {
            ReadOnlyMemory<float> memory => memory,
            float[] array => array,
            Embedding<float> embedding => embedding.Vector,
            _ => throw new NotSupportedException($"Search by {typeof(TInput).Name} is not supported; pass a float vector."),
        };
        var predicate = options?.Filter is { } filter ? Compile(filter) : (_ => true);
        var hits = _records.Values
            .Where(predicate)
            .Select(r => new VectorSearchResult<TextRecord>(r, TensorPrimitives.CosineSimilarity(query.Span, r.Vector.Span)))
            .Where(h => options?.ScoreThreshold is not { } min || h.Score >= min)
            .OrderByDescending(h => h.Score)
            .Skip(options?.Skip ?? 0)
            .Take(top);
        foreach (var hit in hits)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return hit;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(VectorStoreCollectionMetadata)
            ? new VectorStoreCollectionMetadata { VectorStoreSystemName = "articleqa-inmemory", CollectionName = name }
            : serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    // Filters are compiled per call: expression trees have no identity to cache them by.
    private static Func<TextRecord, bool> Compile(Expression<Func<TextRecord, bool>> filter) => filter.Compile();
}
