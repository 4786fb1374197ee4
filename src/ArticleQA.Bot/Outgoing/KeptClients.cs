using System.Collections.Concurrent;

namespace ArticleQA.Bot.Outgoing;

/// <summary>
/// Clients kept for reuse by key, up to <paramref name="capacity"/> of them. What callers get is the
/// shared form <paramref name="share"/> makes, whose <c>Dispose</c> does nothing, so the Bot Framework
/// can dispose it after each turn; the kept client itself is disposed with this object. Once full, a
/// new key's client is handed out as created, for its caller to dispose, as without reuse.
/// </summary>
internal sealed class KeptClients<TKey, TClient>(Func<TClient, TClient> share, int capacity) : IDisposable
    where TKey : notnull
    where TClient : class, IDisposable
{
    private readonly ConcurrentDictionary<TKey, (TClient Shared, TClient Owned)> _kept = new();

    /// <summary>How many clients are kept.</summary>
    public int Count => _kept.Count;

    /// <summary>The kept client for <paramref name="key"/>, made with <paramref name="create"/> the first time.</summary>
    public async Task<TClient> GetAsync(TKey key, Func<Task<TClient>> create)
    {
        if (_kept.TryGetValue(key, out var kept)) return kept.Shared;
        var created = await create().ConfigureAwait(false);
        if (_kept.Count >= capacity) return created;

        // Two first turns may both create one: the first kept wins and the other is disposed.
        var entry = _kept.GetOrAdd(key, (share(created), created));
        if (!ReferenceEquals(entry.Owned, created)) created.Dispose();
        return entry.Shared;
    }

    /// <summary>Disposes the kept clients.</summary>
    public void Dispose()
    {
        foreach (var key in _kept.Keys)
        {
            if (_kept.TryRemove(key, out var entry)) entry.Owned.Dispose();
        }
    }
}
