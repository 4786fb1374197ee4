using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ArticleQA.Bot.DirectLine;

/// <summary>
/// The Direct Line conversations in memory, within two budgets: <see cref="DirectLineOptions.MaxConversations"/>
/// and <see cref="DirectLineOptions.MaxTranscriptBytes"/>. To stay within them, idle conversations (unused for
/// <see cref="DirectLineOptions.ActiveMinutes"/>) are evicted, least recently used first; active ones never
/// are, so when only active ones remain a new conversation or post is refused (the caller answers 503).
/// </summary>
public sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineConversationStore>? logger = null)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _budgetGate = new();
    private readonly ILogger _logger = logger ?? NullLogger<DirectLineConversationStore>.Instance;
    private long _totalBytes;

    /// <summary>Bytes of all transcripts together.</summary>
    public long TotalBytes => Interlocked.Read(ref _totalBytes);

    /// <summary>Conversations held.</summary>
    public int Count => _conversations.Count;

    /// <summary>
    /// The conversation <paramref name="id"/> when it exists, else a new one with that id (a new id when
    /// null) for <paramref name="userId"/> (one is made up when null); null when the budgets leave no room.
    /// </summary>
    public DirectLineConversation? Create(string? userId, string? id = null)
    {
        id ??= Guid.NewGuid().ToString("N");
        lock (_budgetGate)
        {
            if (_conversations.TryGetValue(id, out var existing)) return existing;
            if (_conversations.Count >= options.Value.MaxConversations && !EvictIdle(except: null, count: 1)) return null;
            if (!FreeBytes(except: null, options.Value.MaxStoredActivityBytes)) return null;

            var conversation = new DirectLineConversation(id, string.IsNullOrWhiteSpace(userId) ? "dl_" + Guid.NewGuid().ToString("N")[..12] : userId, time);
            conversation.Grew = bytes => Interlocked.Add(ref _totalBytes, bytes);
            _conversations[id] = conversation;
            return conversation;
        }
    }

    /// <summary>
    /// Makes room for one more turn of <paramref name="conversation"/> (its activity and the replies),
    /// evicting idle conversations when needed; false when only active ones are left and there is no room.
    /// </summary>
    public bool MakeRoomForTurn(DirectLineConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        lock (_budgetGate) return FreeBytes(conversation, 2L * options.Value.MaxStoredActivityBytes);
    }

    /// <summary>The conversation with <paramref name="id"/>, or null.</summary>
    public DirectLineConversation? Find(string id)
    {
        if (!_conversations.TryGetValue(id, out var conversation)) return null;
        conversation.Touch();
        return conversation;
    }

    // Evicts idle conversations until `needed` more bytes fit under the cap.
    private bool FreeBytes(DirectLineConversation? except, long needed)
    {
        var cap = options.Value.MaxTranscriptBytes;
        foreach (var idle in IdleOldestFirst(except))
        {
            if (TotalBytes + needed <= cap) break;
            Evict(idle, "the transcripts' byte budget");
        }

        return TotalBytes + needed <= cap;
    }

    private bool EvictIdle(DirectLineConversation? except, int count)
    {
        var evicted = 0;
        foreach (var idle in IdleOldestFirst(except).Take(count))
        {
            Evict(idle, "the conversation budget");
            evicted++;
        }

        return evicted == count;
    }

    private List<DirectLineConversation> IdleOldestFirst(DirectLineConversation? except)
    {
        var activeSince = time.GetUtcNow() - TimeSpan.FromMinutes(options.Value.ActiveMinutes);
        return _conversations.Values.Where(c => c != except && c.LastUsed < activeSince).OrderBy(c => c.LastUsed).ToList();
    }

    private void Evict(DirectLineConversation conversation, string budget)
    {
        if (!_conversations.TryRemove(conversation.Id, out _)) return;
        conversation.Grew = null;
        Interlocked.Add(ref _totalBytes, -conversation.Bytes);
        conversation.End();
        _logger.LogInformation("Evicted idle Direct Line conversation {ConversationId} ({Bytes} bytes) to stay within {Budget}", conversation.Id, conversation.Bytes, budget);
    }
}
