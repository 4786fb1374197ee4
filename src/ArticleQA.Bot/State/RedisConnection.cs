using StackExchange.Redis;

namespace ArticleQA.Bot.State;

/// <summary>Turns the configured connection string into StackExchange.Redis options fit for a bot.</summary>
internal static class RedisConnection
{
    /// <summary>Why <paramref name="connectionString"/> cannot be used, or null when it can.</summary>
    public static string? ParseProblem(string connectionString)
    {
        try
        {
            return ConfigurationOptions.Parse(connectionString).EndPoints.Count == 0 ? "it names no host:port." : null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// The parsed options, set so that the bot starts and answers while Redis is down: no abort
    /// when the first connect fails, commands fail at once instead of queueing while disconnected,
    /// and reconnection every second in the background.
    /// </summary>
    public static ConfigurationOptions Options(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ReconnectRetryPolicy = new LinearRetry(1000);
        options.ClientName ??= "articleqa-bot";
        return options;
    }
}
