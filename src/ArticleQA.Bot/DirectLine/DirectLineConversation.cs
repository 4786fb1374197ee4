using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ArticleQA.Bot.DirectLine;

/// <summary>
/// One Direct Line conversation: its transcript (what clients read, by watermark), who the user
/// is, and a lock that lets one turn run at a time so that conversation state stays consistent.
/// The transcript keeps each activity as its UTF-8 JSON, so that its size is known exactly and a
/// page of it is sent without serialising again.
/// </summary>
public sealed class DirectLineConversation(string id, string userId, TimeProvider time)
{
    private readonly List<byte[]> _activities = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _ended = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastUsedTicks = time.GetUtcNow().UtcTicks;
    private long _bytes;

    /// <summary>The conversation id.</summary>
    public string Id { get; } = id;

    /// <summary>The user's id, as the client gave it when starting, or one made up.</summary>
    public string UserId { get; } = userId;

    /// <summary>Held while a turn runs.</summary>
    public SemaphoreSlim TurnLock { get; } = new(1, 1);

    /// <summary>True once the bot has been told that the conversation started.</summary>
    public bool Started { get; set; }

    /// <summary>When a client last used the conversation.</summary>
    public DateTimeOffset LastUsed => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);

    /// <summary>Bytes of JSON in the transcript.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Cancelled when the conversation is evicted: its streams end.</summary>
    public CancellationToken Ended => _ended.Token;

    /// <summary>Called with the bytes each append adds (the store keeps the total).</summary>
    internal Action<long>? Grew { get; set; }

    /// <summary>Activities in the transcript.</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _activities.Count;
        }
    }

    /// <summary>Notes that a client used the conversation.</summary>
    public void Touch() => Interlocked.Exchange(ref _lastUsedTicks, time.GetUtcNow().UtcTicks);

    /// <summary>Ends the conversation's streams (it was evicted).</summary>
    public void End()
    {
        try
        {
            _ended.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already ended.
        }
    }

    /// <summary>
    /// Adds activities to the transcript, giving each a server id (<c>conversation|0000005</c>) and
    /// a timestamp, and wakes every reader waiting for news. Returns the ids.
    /// </summary>
    public IReadOnlyList<string> Append(IEnumerable<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var ids = new List<string>();
        long added = 0;
        TaskCompletionSource changed;
        lock (_gate)
        {
            foreach (var activity in activities)
            {
                activity.Id = $"{Id}|{_activities.Count.ToString("D7", CultureInfo.InvariantCulture)}";
                activity.Timestamp = time.GetUtcNow();
                var json = System.Text.Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(activity, DirectLineJson.Settings));
                _activities.Add(json);
                added += json.Length;
                ids.Add(activity.Id);
            }

            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        Interlocked.Add(ref _bytes, added);
        Grew?.Invoke(added);
        changed.TrySetResult();
        return ids;
    }

    /// <summary>The activities after <paramref name="watermark"/> and the new watermark.</summary>
    public (IReadOnlyList<Activity> Activities, int Watermark) After(int watermark)
    {
        var (page, next) = Page(watermark, int.MaxValue, long.MaxValue);
        return (page.Select(json => JsonConvert.DeserializeObject<Activity>(System.Text.Encoding.UTF8.GetString(json), DirectLineJson.Settings)!).ToList(), next);
    }

    /// <summary>
    /// At most <paramref name="maxActivities"/> activities after <paramref name="watermark"/>, as JSON,
    /// stopping before <paramref name="maxBytes"/> (one activity always goes), and the watermark after them.
    /// </summary>
    public (IReadOnlyList<byte[]> Activities, int Watermark) Page(int watermark, int maxActivities, long maxBytes)
    {
        lock (_gate)
        {
            var from = Math.Clamp(watermark, 0, _activities.Count);
            var page = new List<byte[]>();
            long bytes = 0;
            for (var i = from; i < _activities.Count && page.Count < maxActivities; i++)
            {
                if (page.Count > 0 && bytes + _activities[i].Length > maxBytes) break;
                page.Add(_activities[i]);
                bytes += _activities[i].Length;
            }

            return (page, from + page.Count);
        }
    }

    /// <summary>Completes when the transcript holds more than <paramref name="watermark"/> activities.</summary>
    public Task WaitForMoreAsync(int watermark, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_activities.Count > watermark) return Task.CompletedTask;
            return _changed.Task.WaitAsync(cancellationToken);
        }
    }
}
