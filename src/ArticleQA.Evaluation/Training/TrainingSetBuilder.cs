using ArticleQA.Core.Answering;
using ArticleQA.Core.Conversation;
using ArticleQA.Evaluation.Collection;
using ArticleQA.Evaluation.Running;

namespace ArticleQA.Evaluation.Training;

/// <summary>
/// Turns the questions of one article into training examples: each question's conversation is
/// replayed, the candidates' features are read from the context the answerer would get, and a
/// candidate is labelled positive when it overlaps a support quote (the metric's own overlap). When
/// asked, an answerable question also gets its candidates with the supporting sentences left out, all negative.
/// </summary>
public static class TrainingSetBuilder
{
    /// <summary>The examples of <paramref name="questions"/> over the article of <paramref name="workspace"/>.</summary>
    /// <param name="article">The article's name.</param>
    /// <param name="workspace">The article's index and memory.</param>
    /// <param name="questions">Its questions.</param>
    /// <param name="withoutSupport">True to fill <see cref="TrainingExample.WithoutSupport"/> (a second pass of features per answerable question).</param>
    /// <param name="cancellationToken">Cancels the replay.</param>
    public static async Task<IReadOnlyList<TrainingExample>> BuildAsync(
        string article, ArticleWorkspace workspace, IReadOnlyList<EvalQuestion> questions, bool withoutSupport, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(questions);
        var examples = new List<TrainingExample>(questions.Count);
        foreach (var question in questions)
        {
            var history = new ConversationHistory();
            foreach (var earlier in question.History ?? [])
                await workspace.Memory.AskAsync(earlier, history, cancellationToken: cancellationToken).ConfigureAwait(false);
            var context = await workspace.Memory.ContextAsync(question.Question, history, cancellationToken).ConfigureAwait(false);
            if (context is null)
            {
                examples.Add(new TrainingExample(article, question, null, [], withoutSupport ? [] : null));
                continue;
            }

            var support = question.Expected?.Support ?? [];
            var candidates = CandidateFeatures.Compute(context)
                .Select(c => new TrainingCandidate(c.Sentence, c.Features, question.IsAnswerable && support.Any(s => TextOverlap.Overlaps(c.Sentence.Text, s))))
                .ToList();
            var supporting = candidates.Where(c => c.Supports).Select(c => c.Sentence.Index).ToHashSet();
            IReadOnlyList<TrainingCandidate>? without = !withoutSupport ? null
                : supporting.Count == 0 ? []
                : CandidateFeatures.Compute(context, supporting).Select(c => new TrainingCandidate(c.Sentence, c.Features, Supports: false)).ToList();
            examples.Add(new TrainingExample(article, question, context.Profile, candidates, without));
        }

        return examples;
    }
}
