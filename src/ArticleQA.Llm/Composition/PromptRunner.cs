using System.Runtime.CompilerServices;
using ArticleQA.Llm.Prompts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace ArticleQA.Llm.Composition;

/// <summary>
/// Runs the prompt files on the configured model through a <see cref="Kernel"/> whose only
/// service is the chat completion service, each call under the overall deadline
/// (<see cref="LlmOptions.Timeout"/>), which also bounds reading a streamed reply.
/// </summary>
public sealed class PromptRunner
{
    private readonly Kernel _kernel;
    private readonly LlmOptions _options;

    /// <summary>Creates the runner over <paramref name="chat"/>.</summary>
    public PromptRunner(IChatCompletionService chat, PromptLibrary prompts, IOptions<LlmOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(chat);
        // No logger for the kernel: it logs a failed call with its stack trace under the prompt's
        // name; the callers log one line of their own instead and fall back.
        builder.Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        _kernel = builder.Build();
        _options = options.Value;
        Prompts = prompts;
    }

    /// <summary>The prompt files.</summary>
    public PromptLibrary Prompts { get; }

    /// <summary>Runs <paramref name="function"/> and returns the model's whole reply.</summary>
    public async Task<string> InvokeAsync(KernelFunction function, KernelArguments arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(function);
        using var deadline = Deadline(cancellationToken);
        var result = await function.InvokeAsync(_kernel, arguments, deadline.Token).ConfigureAwait(false);
        return result.GetValue<string>() ?? "";
    }

    /// <summary>Runs <paramref name="function"/> and yields the reply's text as it arrives.</summary>
    public async IAsyncEnumerable<string> StreamAsync(
        KernelFunction function, KernelArguments arguments, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(function);
        using var deadline = Deadline(cancellationToken);
        await foreach (var chunk in function.InvokeStreamingAsync<StreamingChatMessageContent>(_kernel, arguments, deadline.Token).ConfigureAwait(false))
        {
            if (!string.IsNullOrEmpty(chunk.Content)) yield return chunk.Content;
        }
    }

    private CancellationTokenSource Deadline(CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Timeout);
        return deadline;
    }
}
