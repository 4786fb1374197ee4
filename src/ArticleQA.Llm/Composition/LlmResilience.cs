using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace ArticleQA.Llm.Composition;

/// <summary>
/// The HTTP client the model is called through: retries with exponential backoff and jitter on
/// transient failures (429, 5xx, 408, dropped connections; a server's Retry-After is honoured), a
/// circuit breaker that stops calling a failing server for a while, and a timeout per attempt.
/// The answerer adds an overall deadline, which also covers reading a streamed response.
/// </summary>
internal static class LlmResilience
{
    /// <summary>The named HttpClient.</summary>
    public const string HttpClientName = "articleqa-llm";

    // The breaker opens when half of the calls in the window fail, once there were enough calls to judge.
    private const double BreakerFailureRatio = 0.5;
    private const int BreakerMinimumThroughput = 4;
    private static readonly TimeSpan BreakerSamplingDuration = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan BreakerBreakDuration = TimeSpan.FromSeconds(30);

    public static void AddLlmHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(HttpClientName, client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("llm", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<LlmOptions>>().Value;
                if (options.MaxRetries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = options.RetryDelay,
                        ShouldRetryAfterHeader = true,
                    });
                }

                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = BreakerFailureRatio,
                    MinimumThroughput = BreakerMinimumThroughput,
                    SamplingDuration = BreakerSamplingDuration,
                    BreakDuration = BreakerBreakDuration,
                });
                pipeline.AddTimeout(options.Timeout);
            });
    }
}
