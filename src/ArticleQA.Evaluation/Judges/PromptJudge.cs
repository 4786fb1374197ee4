using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace ArticleQA.Evaluation.Judges;

/// <summary>The passages an answer cites, handed to <see cref="GroundednessEvaluator"/>.</summary>
public sealed class CitedPassagesContext(string passages) : EvaluationContext(ContextName, passages)
{
    /// <summary>The context's name.</summary>
    public const string ContextName = "Cited passages";

    /// <summary>The passages, one per paragraph.</summary>
    public string Passages { get; } = passages;
}

/// <summary>
/// An LLM judge behind <see cref="IEvaluator"/>: fills a prompt template with the question, the
/// answer and (for groundedness) the cited passages, asks the configured <see cref="IChatClient"/>,
/// and reads <c>score: 1-5</c> and <c>reason:</c> from the reply into a <see cref="NumericMetric"/>.
/// A reply without a score gives a metric with no value and an error diagnostic.
/// </summary>
public abstract partial class PromptJudge(string metricName, string template) : IEvaluator
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames => [metricName];

    /// <inheritdoc />
    public async ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages, ChatResponse modelResponse, ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(modelResponse);
        var metric = new NumericMetric(metricName);
        if (chatConfiguration is null)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Error("No chat client: an LLM judge needs a ChatConfiguration."));
            return new EvaluationResult(metric);
        }

        var prompt = template
            .Replace("{{$question}}", messages.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? "", StringComparison.Ordinal)
            .Replace("{{$answer}}", modelResponse.Text, StringComparison.Ordinal)
            .Replace("{{$context}}", string.Join("\n\n", additionalContext?.OfType<CitedPassagesContext>().Select(c => c.Passages) ?? []), StringComparison.Ordinal);
        var reply = await chatConfiguration.ChatClient
            .GetResponseAsync([new ChatMessage(ChatRole.User, prompt)], new ChatOptions { Temperature = 0 }, cancellationToken)
            .ConfigureAwait(false);

        var score = Score().Match(reply.Text);
        if (!score.Success)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Error($"The judge's reply has no 'score: 1-5' line: {Shorten(reply.Text)}"));
            return new EvaluationResult(metric);
        }

        metric.Value = int.Parse(score.Groups[1].Value, CultureInfo.InvariantCulture);
        metric.Reason = Reason().Match(reply.Text) is { Success: true } reason ? reason.Groups[1].Value.Trim() : null;
        metric.Interpretation = new EvaluationMetricInterpretation(
            metric.Value switch { >= 5 => EvaluationRating.Exceptional, 4 => EvaluationRating.Good, 3 => EvaluationRating.Average, 2 => EvaluationRating.Poor, _ => EvaluationRating.Unacceptable },
            failed: metric.Value < 4,
            reason: metric.Reason);
        return new EvaluationResult(metric);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";

    [GeneratedRegex(@"score\s*[:=]\s*\**\s*([1-5])\b", RegexOptions.IgnoreCase)]
    private static partial Regex Score();

    [GeneratedRegex(@"reason\s*[:=]\s*(.+)", RegexOptions.IgnoreCase)]
    private static partial Regex Reason();
}

/// <summary>Is every claim of the answer stated in the passages it cites? (1-5).</summary>
public sealed class GroundednessEvaluator(string template) : PromptJudge(MetricName, template)
{
    /// <summary>The metric's name.</summary>
    public const string MetricName = "Groundedness";
}

/// <summary>Does the answer address the question? (1-5).</summary>
public sealed class RelevanceEvaluator(string template) : PromptJudge(MetricName, template)
{
    /// <summary>The metric's name.</summary>
    public const string MetricName = "Relevance";
}
