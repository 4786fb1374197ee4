using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.VectorData;

namespace ArticleQA.Core.Storage;

/// <summary>
/// A vector store that keeps <see cref="TextRecord"/> collections in memory. Register another
/// <see cref="VectorStore"/> (Qdrant, Redis, PostgreSQL, …) to keep the vectors elsewhere.
/// </summary>
public sealed class InMemoryVectorStore : VectorStore
{
    private readonly ConcurrentDictionary<string, InMemoryTextCollection> _collections = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override VectorStoreCollection<TKey, TRecord> GetCollection<TKey, TRecord>(string name, VectorStoreCollectionDefinition? definition = null)
    {
        if (typeof(TKey) != typeof(string) || typeof(TRecord) != typeof(TextRecord))
            throw new NotSupportedException($"{nameof(InMemoryVectorStore)} stores {nameof(TextRecord)} by string key only.");
        return (VectorStoreCollection<TKey, TRecord>)(object)_collections.GetOrAdd(name, n => new InMemoryTextCollection(n));
    }

    /// <inheritdoc />
    public override VectorStoreCollection<object, Dictionary<string, object?>> GetDynamicCollection(string name, VectorStoreCollectionDefinition definition) =>
        throw new NotSupportedException($"{nameof(InMemoryVectorStore)} has no dynamic collections.");

    /// <inheritdoc />
    public override async IAsyncEnumerable<string> ListCollectionNamesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var (name, collection) in _collections)
            if (await collection.CollectionExistsAsync(cancellationToken).ConfigureAwait(false)) yield return name;
    }

    /// <inheritdoc />
    public override Task<bool> CollectionExistsAsync(string name, CancellationToken cancellationToken = default) =>
        _collections.TryGetValue(name, out var c) ? c.CollectionExistsAsync(cancellationToken) : Task.FromResult(false);

    /// <inheritdoc />
    public override Task EnsureCollectionDeletedAsync(string name, CancellationToken cancellationToken = default) =>
        _collections.TryGetValue(name, out var c) ? c.EnsureCollectionDeletedAsync(cancellationToken) : Task.CompletedTask;

    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(VectorStoreMetadata)
            ? new VectorStoreMetadata { VectorStoreSystemName = "articleqa-inmemory" }
            : serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;
}
