using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace ArticleQA.Llm.Composition;

/// <summary>
/// Creates Semantic Kernel's <see cref="IChatCompletionService"/> for the configured provider, over
/// an <see cref="HttpClient"/> that carries our resilience pipeline. The SDK's own retries and
/// network timeout are switched off so that retries, backoff and timeouts happen in one place.
/// </summary>
internal static class ChatServiceFactory
{
    // OpenAI-compatible servers that take no key still get a bearer header from the SDK; this one means nothing.
    private const string NoKey = "no-key";

    public static IChatCompletionService Create(LlmOptions options, HttpClient httpClient, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var model = options.Model!.Trim();
        var key = new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey.Trim());
        var transport = new HttpClientPipelineTransport(httpClient);
        var noRetries = new ClientRetryPolicy(maxRetries: 0);

        switch (options.NormalizedProvider)
        {
            case LlmProviders.AzureOpenAI:
                var azure = new AzureOpenAIClient(Endpoint(options)!, key, new AzureOpenAIClientOptions
                {
                    Transport = transport,
                    RetryPolicy = noRetries,
                    NetworkTimeout = System.Threading.Timeout.InfiniteTimeSpan,
                });
                return new AzureOpenAIChatCompletionService(model, azure, modelId: null, loggerFactory);

            case LlmProviders.OpenAI or LlmProviders.OpenAICompatible:
                var client = new OpenAIClient(key, new OpenAIClientOptions
                {
                    Endpoint = Endpoint(options),
                    Transport = transport,
                    RetryPolicy = noRetries,
                    NetworkTimeout = System.Threading.Timeout.InfiniteTimeSpan,
                });
                return new OpenAIChatCompletionService(model, client, loggerFactory);

            default:
                throw new InvalidOperationException($"No language model is configured (ArticleQA:Llm:Provider is '{options.Provider}').");
        }
    }

    private static Uri? Endpoint(LlmOptions options) =>
        string.IsNullOrWhiteSpace(options.Endpoint) ? null : new Uri(options.Endpoint.Trim());
}
