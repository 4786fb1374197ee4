using ArticleQA.Core.Storage;

namespace ArticleQA.Bot.Hosting;

/// <summary>Loads the index at start so that the first question is fast and <c>/healthz</c> can tell when it is ready.</summary>
public sealed class IndexWarmupService(IndexProvider indexProvider, IConfiguration configuration, ILogger<IndexWarmupService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]))
            logger.LogWarning("MicrosoftAppId is not set: /api/messages accepts anonymous requests. Use this for local development only.");

        try
        {
            await indexProvider.GetAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before the index finished loading.
        }
        catch (Exception exception)
        {
            // Keep serving: /healthz stays 503 and the first question retries the load.
            logger.LogError(exception, "Loading the index failed");
        }
    }
}
