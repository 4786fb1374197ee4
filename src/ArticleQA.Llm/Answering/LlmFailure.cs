using System.ClientModel;
using System.Text.Json;
using Microsoft.SemanticKernel;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ArticleQA.Llm.Answering;

/// <summary>Says in a few words why a call to the model failed, for the user's one-line notice and the log.</summary>
public static class LlmFailure
{
    /// <summary>A short reason, such as "did not answer in time" or "failed (HTTP 500)".</summary>
    public static string Describe(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case TimeoutRejectedException or OperationCanceledException or TimeoutException:
                    return "did not answer in time";
                case BrokenCircuitException:
                    return "is paused after repeated failures";
                case HttpOperationException { StatusCode: { } status }:
                    return $"failed (HTTP {(int)status})";
                case ClientResultException { Status: > 0 } result:
                    return $"failed (HTTP {result.Status})";
                case JsonException or FormatException or InvalidDataException:
                    return "sent a reply that could not be read";
                case HttpRequestException:
                    return "could not be reached";
                case IOException:
                    return "was cut off";
            }
        }

        return "failed";
    }
}
