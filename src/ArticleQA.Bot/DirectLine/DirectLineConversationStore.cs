using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ArticleQA.Bot.DirectLine;

/// <summary>The Direct Line conversations in memory, at most <see cref="DirectLineOptions.MaxConversations"/>.</summary>
public sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _createGate = new();

    /// <summary>Creates a conversation for <paramref name="userId"/> (one is made up when null), evicting the least recently used when full.</summary>
    public DirectLineConversation Create(string? userId)
    {
        var id = Guid.NewGuid().ToString("N");
        var conversation = new DirectLineConversation(id, string.IsNullOrWhiteSpace(userId) ? "dl_" + Guid.NewGuid().ToString("N")[..12] : userId, time);
        lock (_createGate)
        {
            var excess = _conversations.Count + 1 - options.Value.MaxConversations;
            if (excess > 0)
            {
                foreach (var old in _conversations.Values.OrderBy(c => c.LastUsed).Take(excess).ToList())
                    _conversations.TryRemove(old.Id, out _);
            }

            _conversations[id] = conversation;
        }

        return conversation;
    }

    /// <summary>The conversation with <paramref name="id"/>, or null.</summary>
    public DirectLineConversation? Find(string id)
    {
        if (!_conversations.TryGetValue(id, out var conversation)) return null;
        conversation.Touch();
        return conversation;
    }
}
