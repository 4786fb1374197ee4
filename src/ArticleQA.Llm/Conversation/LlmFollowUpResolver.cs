using System.Text;
using ArticleQA.Core.Answering;
using ArticleQA.Core.Conversation;
using ArticleQA.Llm.Answering;
using ArticleQA.Llm.Composition;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ArticleQA.Llm.Conversation;

/// <summary>
/// Rewrites a follow-up ("How much has his company invested?") into a standalone question with
/// the model and the rewrite prompt. Only messages that point back are rewritten, so a first
/// question costs no extra call; the rules' result is used when the model fails, and the names
/// the rules carry over still guide the extractive fallback.
/// </summary>
public sealed class LlmFollowUpResolver(PromptRunner runner, IOptions<LlmOptions> options, ILogger<LlmFollowUpResolver> logger) : IFollowUpResolver
{
    // Turns of the conversation shown to the model, and how much of each answer.
    private const int TurnsShown = 3;
    private const int AnswerCharsShown = 300;

    /// <inheritdoc />
    public async Task<ResolvedQuestion> ResolveAsync(string question, ConversationHistory? history, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var byRules = FollowUpResolver.Resolve(question, history);
        if (history?.Last is null || !FollowUpResolver.PointsBack(question)) return byRules;

        try
        {
            var arguments = new KernelArguments { ["history"] = Transcript(history), ["question"] = question };
            var rewritten = Clean(await runner.InvokeAsync(runner.Prompts.Rewrite, arguments, cancellationToken).ConfigureAwait(false));
            if (rewritten.Length == 0 || rewritten.Length > QuestionGuard.MaxQuestionLength) return byRules;
            return new ResolvedQuestion(rewritten, true, byRules.CarriedNames);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(
                "The model {Reason} rewriting a follow-up ({Type}: {Message}); using the rules.",
                LlmFailure.Describe(e), e.GetType().Name, SecretMasker.Mask(e.Message, options.Value.ApiKey));
            return byRules;
        }
    }

    private static string Transcript(ConversationHistory history)
    {
        var text = new StringBuilder();
        foreach (var turn in history.Turns.TakeLast(TurnsShown))
        {
            var answer = turn.Answer.Length <= AnswerCharsShown ? turn.Answer : turn.Answer[..AnswerCharsShown] + "…";
            text.Append("User: ").AppendLine(turn.Question).Append("Assistant: ").AppendLine(answer);
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The first line of the reply, without quotes or a label the model may have added.</summary>
    internal static string Clean(string reply)
    {
        var line = reply.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && line[..colon].Contains("question", StringComparison.OrdinalIgnoreCase)) line = line[(colon + 1)..];
        return line.Trim().Trim('"', '“', '”', '\'').Trim();
    }
}
