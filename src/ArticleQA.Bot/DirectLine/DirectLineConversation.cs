using System.Globalization;
using Microsoft.Bot.Schema;

namespace ArticleQA.Bot.DirectLine;

/// <summary>
/// One Direct Line conversation: its transcript (what clients read, by watermark), who the user
/// is, and a lock that lets one turn run at a time so that conversation state stays consistent.
/// </summary>
public sealed class DirectLineConversation(string id, string userId, TimeProvider time)
{
    private readonly List<Activity> _activities = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastUsedTicks = time.GetUtcNow().UtcTicks;

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

    /// <summary>
    /// Adds activities to the transcript, giving each a server id (<c>conversation|0000005</c>) and
    /// a timestamp, and wakes every reader waiting for news. Returns the ids.
    /// </summary>
    public IReadOnlyList<string> Append(IEnumerable<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var ids = new List<string>();
        TaskCompletionSource changed;
        lock (_gate)
        {
            foreach (var activity in activities)
            {
                activity.Id = $"{Id}|{_activities.Count.ToString("D7", CultureInfo.InvariantCulture)}";
                activity.Timestamp = time.GetUtcNow();
                _activities.Add(activity);
                ids.Add(activity.Id);
            }

            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
        return ids;
    }

    /// <summary>The activities after <paramref name="watermark"/> and the new watermark.</summary>
    public (IReadOnlyList<Activity> Activities, int Watermark) After(int watermark)
    {
        lock (_gate)
        {
            var from = Math.Clamp(watermark, 0, _activities.Count);
            return (_activities.GetRange(from, _activities.Count - from), _activities.Count);
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
