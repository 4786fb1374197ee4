namespace ArticleQA.Bot.State;

/// <summary>
/// Opens the state store at start, so that no turn waits for the first connection, and says in
/// the log which store is used and whether it is reachable (never its connection string).
/// </summary>
public sealed class StateStoreWarmupService(IServiceProvider services, ILogger<StateStoreWarmupService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Connecting may block for the connect timeout when Redis is unreachable: not on the start path.
        await Task.Yield();
        var health = services.GetRequiredService<IStateStoreHealth>();
        if (health.IsAvailable)
            logger.LogInformation("Conversation state store: {Status}", health.Status);
        else
            logger.LogWarning("Conversation state store: {Status}; answering without conversation context until it is reachable", health.Status);
    }
}
