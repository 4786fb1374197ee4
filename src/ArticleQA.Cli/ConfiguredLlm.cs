using ArticleQA.Llm;
using ArticleQA.Llm.Composition;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;

namespace ArticleQA.Cli;

/// <summary>
/// The language model's services, built only when <c>ArticleQA:Llm:Provider</c> names one: with
/// <c>none</c> there is no model to construct a client for, so commands ask for them through here.
/// </summary>
internal sealed class ConfiguredLlm(IServiceProvider services, IOptions<LlmOptions> options)
{
    /// <summary>True when a model is configured.</summary>
    public bool Enabled => options.Value.Enabled;

    /// <summary>The check that the model answers, or null with no model.</summary>
    public LlmCheck? Check => Enabled ? services.GetRequiredService<LlmCheck>() : null;

    /// <summary>A chat client for the LLM judges (the host's <see cref="IChatClient"/>, else Semantic Kernel's), or null with no model.</summary>
    public IChatClient? ChatClient => Enabled
        ? services.GetService<IChatClient>() ?? services.GetService<IChatCompletionService>()?.AsChatClient()
        : null;
}
