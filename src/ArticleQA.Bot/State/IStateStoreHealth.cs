namespace ArticleQA.Bot.State;

/// <summary>What <c>/healthz</c> says about the conversation state store.</summary>
public interface IStateStoreHealth
{
    /// <summary>A short status such as <c>memory</c>, <c>redis ok</c> or <c>redis unavailable</c>.</summary>
    string Status { get; }

    /// <summary>True when state can be read and written now.</summary>
    bool IsAvailable { get; }

    /// <summary>
    /// Asks the store itself, within <paramref name="deadline"/>: <c>memory</c>, <c>redis ok</c>,
    /// <c>redis degraded</c> (connected but no answer in time) or <c>redis unavailable</c>.
    /// </summary>
    Task<string> ProbeAsync(TimeSpan deadline, CancellationToken cancellationToken = default) => Task.FromResult(Status);
}

/// <summary>In-process memory: always available, never shared.</summary>
internal sealed class MemoryStateHealth : IStateStoreHealth
{
    public string Status => "memory";

    public bool IsAvailable => true;
}
