using ArticleQA.Core;
using ArticleQA.Core.Answering;
using ArticleQA.Core.Conversation;
using ArticleQA.Llm.Answering;
using ArticleQA.Llm.Composition;
using ArticleQA.Llm.Conversation;
using ArticleQA.Llm.Plugins;
using ArticleQA.Llm.Prompts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace ArticleQA.Llm;

/// <summary>Registers the LLM answerer.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <c>ArticleQA:Llm</c> options (validated at start), Semantic Kernel's chat completion
    /// service for the configured provider over a resilient HttpClient, the prompt files, the
    /// <c>search_article</c> plugin and a <see cref="Kernel"/> that carries it. When a provider is
    /// configured, <see cref="IAnswerer"/> becomes the <see cref="LlmAnswerer"/> and follow-ups are
    /// rewritten by the model; with <c>Provider=none</c> both stay the core's own.
    /// Call after <c>AddArticleQACore</c>.
    /// </summary>
    public static IServiceCollection AddArticleQALlm(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<LlmOptions>(configuration, LlmOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, PromptFilesValidator>());

        services.AddLlmHttpClient();
        services.TryAddSingleton<PromptLibrary>();
        services.TryAddSingleton<IChatCompletionService>(sp => ChatServiceFactory.Create(
            sp.GetRequiredService<IOptions<LlmOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(LlmResilience.HttpClientName),
            sp.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton<PromptRunner>();
        services.TryAddSingleton<LlmAnswerer>();
        services.TryAddSingleton<LlmFollowUpResolver>();
        services.TryAddSingleton<LlmCheck>();
        services.TryAddSingleton<ArticleSearchPlugin>();
        services.TryAddTransient(sp =>
        {
            var kernel = new Kernel(sp);
            kernel.Plugins.AddFromObject(sp.GetRequiredService<ArticleSearchPlugin>(), ArticleSearchPlugin.PluginName);
            return kernel;
        });

        services.Replace(ServiceDescriptor.Singleton<IAnswerer>(sp =>
            Enabled(sp) ? sp.GetRequiredService<LlmAnswerer>() : sp.GetRequiredService<ExtractiveAnswerer>()));
        services.Replace(ServiceDescriptor.Singleton<IFollowUpResolver>(sp =>
            Enabled(sp) ? sp.GetRequiredService<LlmFollowUpResolver>() : new RuleFollowUpResolver()));
        return services;
    }

    private static bool Enabled(IServiceProvider services) => services.GetRequiredService<IOptions<LlmOptions>>().Value.Enabled;
}

/// <summary>With a model configured, the prompt files must be where <c>ArticleQA:PromptsPath</c> says.</summary>
internal sealed class PromptFilesValidator(IOptions<ArticleQAOptions> articleOptions) : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        if (!options.Enabled || !LlmProviders.All.Contains(options.NormalizedProvider)) return ValidateOptionsResult.Skip;
        var folder = RepositoryPaths.Resolve(articleOptions.Value.PromptsPath);
        var missing = PromptLibrary.Missing(folder);
        return missing.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"prompt file {missing[0]} not found (ArticleQA:PromptsPath)");
    }
}
