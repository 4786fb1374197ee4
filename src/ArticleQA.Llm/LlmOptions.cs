using System.ComponentModel.DataAnnotations;

namespace ArticleQA.Llm;

/// <summary>The language model that writes answers. Section <c>ArticleQA:Llm</c>.</summary>
public sealed class LlmOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ArticleQA:Llm";

    /// <summary>
    /// <c>none</c> (the default: the extractive answerer), <c>openai</c>, <c>azure-openai</c>
    /// or <c>openai-compatible</c> (Ollama, llama.cpp, vLLM, LM Studio…).
    /// </summary>
    public string Provider { get; set; } = LlmProviders.None;

    /// <summary>
    /// For <c>openai-compatible</c>, the base URL under which <c>/chat/completions</c> lives
    /// (<c>http://localhost:11434/v1</c>); for <c>azure-openai</c>, the resource URL; optional for <c>openai</c>.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>The model name; for Azure OpenAI, the deployment name.</summary>
    public string? Model { get; set; }

    /// <summary>The API key. A secret: never logged or printed.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Longest wait for one answer, retries included; then the extractive answer is used.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a transient failure (429, 5xx, a dropped connection).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first retry's delay; later ones back off exponentially (a server's Retry-After wins).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>True when a model is configured.</summary>
    public bool Enabled => !string.Equals(Provider, LlmProviders.None, StringComparison.OrdinalIgnoreCase);

    /// <summary>The provider in its canonical lower-case spelling.</summary>
    public string NormalizedProvider => Provider.Trim().ToLowerInvariant();

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var provider = NormalizedProvider;
        if (!LlmProviders.All.Contains(provider))
        {
            yield return new ValidationResult(
                $"ArticleQA:Llm:Provider '{Provider}' is not one of {string.Join(", ", LlmProviders.All)}", [nameof(Provider)]);
            yield break;
        }

        if (provider == LlmProviders.None) yield break;
        if (string.IsNullOrWhiteSpace(Model))
            yield return new ValidationResult($"ArticleQA:Llm:Model is required when the provider is {provider}", [nameof(Model)]);

        var needsEndpoint = provider is LlmProviders.AzureOpenAI or LlmProviders.OpenAICompatible;
        if (needsEndpoint && string.IsNullOrWhiteSpace(Endpoint))
            yield return new ValidationResult($"ArticleQA:Llm:Endpoint is required when the provider is {provider}", [nameof(Endpoint)]);
        else if (!string.IsNullOrWhiteSpace(Endpoint) && !IsHttpUrl(Endpoint))
            yield return new ValidationResult($"ArticleQA:Llm:Endpoint '{Endpoint}' is not an absolute http(s) URL", [nameof(Endpoint)]);

        // Local servers (Ollama, llama.cpp) take no key; the hosted services always need one.
        if (provider is LlmProviders.OpenAI or LlmProviders.AzureOpenAI && string.IsNullOrWhiteSpace(ApiKey))
            yield return new ValidationResult($"ArticleQA:Llm:ApiKey is required when the provider is {provider}", [nameof(ApiKey)]);
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

/// <summary>The values of <see cref="LlmOptions.Provider"/>.</summary>
public static class LlmProviders
{
    /// <summary>No model: the extractive answerer.</summary>
    public const string None = "none";

    /// <summary>OpenAI's hosted API.</summary>
    public const string OpenAI = "openai";

    /// <summary>An Azure OpenAI resource.</summary>
    public const string AzureOpenAI = "azure-openai";

    /// <summary>Any server speaking OpenAI's chat-completions protocol.</summary>
    public const string OpenAICompatible = "openai-compatible";

    /// <summary>Every accepted value.</summary>
    public static IReadOnlyList<string> All { get; } = [None, OpenAI, AzureOpenAI, OpenAICompatible];
}
