using System.Diagnostics;
using ArticleQA.Llm.Answering;
using Microsoft.SemanticKernel;

namespace ArticleQA.Llm.Composition;

/// <summary>The outcome of asking the model for a one-word reply.</summary>
/// <param name="Ok">True when it replied.</param>
/// <param name="Milliseconds">How long it took.</param>
/// <param name="Detail">The reply, or why it failed (never the key).</param>
public sealed record LlmCheckResult(bool Ok, double Milliseconds, string Detail);

/// <summary>Checks that the configured model answers, with the <c>check</c> prompt.</summary>
public sealed class LlmCheck(PromptRunner runner, Microsoft.Extensions.Options.IOptions<LlmOptions> options)
{
    /// <summary>Longest reply text reported.</summary>
    private const int MaxDetail = 60;

    /// <summary>Asks the model for its one-word reply.</summary>
    public async Task<LlmCheckResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var reply = (await runner.InvokeAsync(runner.Prompts.Check, new KernelArguments(), cancellationToken).ConfigureAwait(false)).Trim();
            var shown = reply.Length <= MaxDetail ? reply : reply[..MaxDetail] + "…";
            return new LlmCheckResult(true, clock.Elapsed.TotalMilliseconds, SecretMasker.Mask(shown, options.Value.ApiKey));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var detail = $"{LlmFailure.Describe(e)}: {e.GetType().Name}: {e.Message.Split('\n')[0]}";
            return new LlmCheckResult(false, clock.Elapsed.TotalMilliseconds, SecretMasker.Mask(detail, options.Value.ApiKey));
        }
    }
}
