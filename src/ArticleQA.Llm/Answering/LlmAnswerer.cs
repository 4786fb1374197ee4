using System.Runtime.CompilerServices;
using ArticleQA.Core.Answering;
using ArticleQA.Llm.Composition;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ArticleQA.Llm.Answering;

/// <summary>
/// Answers with a language model from the numbered retrieved passages, then checks the answer:
/// markers that name no source are removed, an answer left with no valid citation is ungrounded
/// and not shown as a cited answer, and the not-found token becomes an abstention. When the model
/// fails, times out, or answers ungrounded, the extractive answerer answers instead, marked
/// <c>extractive-fallback</c> with a one-line notice for the user.
/// </summary>
public sealed class LlmAnswerer(
    PromptRunner runner,
    ExtractiveAnswerer extractive,
    IOptions<LlmOptions> options,
    ILogger<LlmAnswerer> logger) : IStreamingAnswerer
{
    /// <summary>The name results carry for answers the model wrote.</summary>
    public const string Name = "llm";

    /// <summary>The name results carry when the extractive answerer answered instead.</summary>
    public const string FallbackName = "extractive-fallback";

    /// <inheritdoc />
    public async Task<AnswerDraft> AnswerAsync(AnswerContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        // With nothing retrieved there is nothing to ground an answer on.
        if (context.Retrieved.Count == 0) return extractive.Answer(context);

        var sources = NumberedSources.From(context);
        var filter = new CitationFilter(sources.Count, runner.Prompts.NotFoundToken);
        try
        {
            var reply = await runner.InvokeAsync(runner.Prompts.Answer, Arguments(context, sources), cancellationToken).ConfigureAwait(false);
            var text = filter.Push(reply) + filter.Finish();
            return Checked(context, sources, filter, text);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return Fallback(context, e);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(AnswerContext context, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Retrieved.Count == 0)
        {
            yield return AnswerUpdate.Done(extractive.Answer(context));
            yield break;
        }

        var sources = NumberedSources.From(context);
        var filter = new CitationFilter(sources.Count, runner.Prompts.NotFoundToken);
        var shown = new System.Text.StringBuilder();
        Exception? failure = null;
        IAsyncEnumerator<string>? stream = null;
        try
        {
            while (true)
            {
                string delta;
                try
                {
                    stream ??= runner.StreamAsync(runner.Prompts.Answer, Arguments(context, sources), cancellationToken).GetAsyncEnumerator(cancellationToken);
                    if (!await stream.MoveNextAsync().ConfigureAwait(false)) break;
                    delta = filter.Push(stream.Current);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = e;
                    break;
                }

                if (delta.Length == 0) continue;
                shown.Append(delta);
                yield return AnswerUpdate.Text(delta);
            }
        }
        finally
        {
            if (stream is not null) await stream.DisposeAsync().ConfigureAwait(false);
        }

        if (failure is not null)
        {
            yield return AnswerUpdate.Done(Fallback(context, failure));
            yield break;
        }

        var tail = filter.Finish();
        if (tail.Length > 0)
        {
            shown.Append(tail);
            yield return AnswerUpdate.Text(tail);
        }

        yield return AnswerUpdate.Done(Checked(context, sources, filter, shown.ToString()));
    }

    private static KernelArguments Arguments(AnswerContext context, NumberedSources sources) => new()
    {
        ["sources"] = sources.ToPrompt(),
        ["question"] = context.Standalone,
    };

    private AnswerDraft Checked(AnswerContext context, NumberedSources sources, CitationFilter filter, string text)
    {
        if (filter.NotFound)
            return ExtractiveAnswerer.Abstention(context, NoResultReasons.NotInArticle) with { Answerer = Name };
        if (filter.Cited.Count == 0 || string.IsNullOrWhiteSpace(text))
        {
            logger.LogWarning("The model's answer cited no source (ungrounded); answering extractively.");
            return extractive.Answer(context) with
            {
                Answerer = FallbackName,
                Notice = "The model's answer was ungrounded (it cited no passage of the article), so this is the extractive answer.",
            };
        }

        return new AnswerDraft(text, filter.Cited.Select(n => sources[n]).ToList(), null, Name);
    }

    private AnswerDraft Fallback(AnswerContext context, Exception failure)
    {
        var reason = LlmFailure.Describe(failure);
        logger.LogWarning(
            "The model {Reason} ({Type}: {Message}); answering extractively.",
            reason, failure.GetType().Name, SecretMasker.Mask(failure.Message, options.Value.ApiKey));
        return extractive.Answer(context) with
        {
            Answerer = FallbackName,
            Notice = $"The language model {reason}, so this is the extractive answer.",
        };
    }
}
