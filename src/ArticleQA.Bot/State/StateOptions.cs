using System.ComponentModel.DataAnnotations;

namespace ArticleQA.Bot.State;

/// <summary>
/// Where conversation state is kept. Section <c>ArticleQA:State</c>; environment
/// <c>ArticleQA__State__Provider</c> and <c>ArticleQA__State__ConnectionString</c>.
/// </summary>
public sealed class StateOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ArticleQA:State";

    /// <summary>Keep state in this process's memory (one instance only).</summary>
    public const string Memory = "memory";

    /// <summary>Keep state in Redis, shared by every instance that points at it.</summary>
    public const string Redis = "redis";

    /// <summary><c>memory</c> (default) or <c>redis</c>.</summary>
    public string Provider { get; set; } = Memory;

    /// <summary>The Redis connection string (<c>host:port[,option=value…]</c>); required for <c>redis</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a conversation's state lives after its last turn, in minutes.</summary>
    [Range(1, 60 * 24 * 365)]
    public int TimeToLiveMinutes { get; set; } = 24 * 60;

    /// <summary>Prefix of the Redis keys, so that several bots can share one Redis.</summary>
    [Required]
    public string KeyPrefix { get; set; } = "articleqa:state:";

    /// <summary>True when the provider is Redis.</summary>
    public bool UsesRedis => string.Equals(Provider, Redis, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!UsesRedis && !string.Equals(Provider, Memory, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                $"ArticleQA:State:Provider must be '{Memory}' or '{Redis}', not '{Provider}'.", [nameof(Provider)]);
        }
        else if (UsesRedis && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "ArticleQA:State:ConnectionString is required when ArticleQA:State:Provider is 'redis' (for example localhost:6379).", [nameof(ConnectionString)]);
        }
        else if (UsesRedis && RedisConnection.ParseProblem(ConnectionString!) is { } problem)
        {
            yield return new ValidationResult($"ArticleQA:State:ConnectionString is not a valid Redis connection string: {problem}", [nameof(ConnectionString)]);
        }
    }
}
