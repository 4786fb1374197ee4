using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace ArticleQA.Bot.State;

/// <summary>
/// A Bot Framework <see cref="IStorage"/> on Redis, shared by every bot instance that points at the
/// same server. Each item is a hash (<c>etag</c>, <c>json</c>) that expires <c>timeToLive</c> after
/// its last write. Writes are optimistic: an item carrying an ETag (an <see cref="IStoreItem"/>, a
/// <see cref="JObject"/> or a state dictionary with an <c>ETag</c> entry, as <see cref="BotState"/>
/// reads it back) is written only while that ETag is still the stored one, else
/// <see cref="ETagConflictException"/>; an item without an ETag (a conversation's first write) is
/// created only if absent, else the same conflict (the caller reads the other write and retries);
/// a <c>*</c> ETag writes unconditionally.
/// The check and the write are one server-side script, so two instances cannot interleave them.
/// When Redis cannot be reached, every call throws <see cref="StateStoreUnavailableException"/>.
/// </summary>
public sealed class RedisStorage(IConnectionMultiplexer redis, TimeSpan timeToLive, string keyPrefix = "articleqa:state:") : IStorage, IStateStoreHealth, IDisposable
{
    /// <summary>The JSON property holding an item's ETag, as <see cref="MemoryStorage"/> names it.</summary>
    public const string ETagProperty = "ETag";

    // KEYS[1] the item; ARGV: expected ETag ('*' = unconditional, '' = create only if absent), new ETag,
    // JSON, time to live in ms. Returns 1 when written, 0 when the stored ETag differs from the expected one
    // or, for a create, when the item exists already.
    private const string CompareAndSetScript = """
        if ARGV[1] == '' then
          if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        elseif ARGV[1] ~= '*' then
          local current = redis.call('HGET', KEYS[1], 'etag')
          if current and current ~= ARGV[1] then return 0 end
        end
        redis.call('HSET', KEYS[1], 'etag', ARGV[2], 'json', ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        return 1
        """;

    // The serializer MemoryStorage uses by default: no type names, so the JSON holds data only.
    private static readonly JsonSerializer Serializer = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
    };

    /// <inheritdoc />
    public string Status => IsAvailable ? "redis ok" : "redis unavailable";

    /// <inheritdoc />
    public bool IsAvailable => redis.IsConnected;

    /// <inheritdoc />
    public async Task<string> ProbeAsync(TimeSpan deadline, CancellationToken cancellationToken = default)
    {
        if (!redis.IsConnected) return "redis unavailable";
        try
        {
            await redis.GetDatabase().PingAsync().WaitAsync(deadline, cancellationToken).ConfigureAwait(false);
            return "redis ok";
        }
        catch (TimeoutException)
        {
            return "redis degraded";
        }
        catch (Exception e) when (e is RedisException or ObjectDisposedException)
        {
            return "redis unavailable";
        }
    }

    /// <inheritdoc />
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var database = redis.GetDatabase();
        var reads = keys.Distinct(StringComparer.Ordinal).Select(async key => (key, json: await database.HashGetAsync(Key(key), "json").ConfigureAwait(false)));
        var values = await Guard(() => Task.WhenAll(reads)).ConfigureAwait(false);

        var items = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, json) in values)
        {
            if (json.IsNullOrEmpty) continue;
            items[key] = JObject.Parse(json.ToString()).ToObject<object>(Serializer)!;
        }

        return items;
    }

    /// <inheritdoc />
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var database = redis.GetDatabase();
        foreach (var (key, value) in changes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (value is null)
            {
                await Guard(() => database.KeyDeleteAsync(Key(key))).ConfigureAwait(false);
                continue;
            }

            var expected = ETagOf(value) is { Length: > 0 } etag ? etag : "";
            var json = JObject.FromObject(value, Serializer);
            var written = Guid.NewGuid().ToString("N");
            json[ETagProperty] = written;
            var result = await Guard(() => database.ScriptEvaluateAsync(
                CompareAndSetScript,
                [Key(key)],
                [expected, written, json.ToString(Formatting.None), (long)timeToLive.TotalMilliseconds])).ConfigureAwait(false);
            if ((int)result == 0)
                throw new ETagConflictException($"Etag conflict on '{key}': it was written since it was read (ETag {expected}).");
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0) return;
        var database = redis.GetDatabase();
        await Guard(() => database.KeyDeleteAsync(keys.Select(k => (RedisKey)Key(k)).ToArray())).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose() => redis.Dispose();

    private string Key(string key) => keyPrefix + key;

    private static string? ETagOf(object value) => value switch
    {
        IStoreItem item => item.ETag,
        JObject json => json.Value<string>(ETagProperty),
        IDictionary<string, object> state => state.TryGetValue(ETagProperty, out var etag) ? etag?.ToString() : null,
        _ => null,
    };

    private static async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException or ObjectDisposedException)
        {
            throw new StateStoreUnavailableException("The conversation state store (Redis) is unavailable.", e);
        }
    }
}
