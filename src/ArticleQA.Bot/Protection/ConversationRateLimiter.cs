using System.Threading.RateLimiting;
using ArticleQA.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ArticleQA.Bot.Protection;

/// <summary>A token bucket per conversation: a burst of <see cref="BotOptions.MessagesPerConversation"/>, refilled over <see cref="BotOptions.ReplenishSeconds"/>.</summary>
public sealed class ConversationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    /// <summary>Creates the limiter from the bot options.</summary>
    public ConversationRateLimiter(IOptions<BotOptions> options)
    {
        var settings = options.Value;
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.MessagesPerConversation,
            TokensPerPeriod = settings.MessagesPerConversation,
            ReplenishmentPeriod = TimeSpan.FromSeconds(settings.ReplenishSeconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        _limiter = PartitionedRateLimiter.Create<string, string>(id => RateLimitPartition.GetTokenBucketLimiter(id, _ => bucket), StringComparer.Ordinal);
    }

    /// <summary>Takes one permit for <paramref name="conversationId"/>; false when it is over its limit.</summary>
    public bool TryAcquire(string conversationId)
    {
        using var lease = _limiter.AttemptAcquire(conversationId);
        return lease.IsAcquired;
    }

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();
}
