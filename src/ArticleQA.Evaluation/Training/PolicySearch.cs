using ArticleQA.Core.Answering;
using ArticleQA.Evaluation.Running;

namespace ArticleQA.Evaluation.Training;

/// <summary>A question's candidates with the probabilities a ranker gave them.</summary>
/// <param name="Example">The question and its candidates.</param>
/// <param name="Probabilities">One probability per candidate, same order.</param>
/// <param name="Order">One listwise order score per candidate when the ranker has one (<see cref="RankerModel.OrderTrees"/>); null when the probabilities order them.</param>
public sealed record PredictedExample(TrainingExample Example, IReadOnlyList<double> Probabilities, IReadOnlyList<double>? Order = null)
{
    /// <summary>The predictions of <paramref name="model"/> for <paramref name="example"/>'s candidates.</summary>
    public static PredictedExample Of(TrainingExample example, RankerModel model)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentNullException.ThrowIfNull(model);
        return new PredictedExample(
            example,
            example.Candidates.Select(c => model.Probability(c.Features)).ToList(),
            model.Orders ? example.Candidates.Select(c => model.Order(c.Features)).ToList() : null);
    }

    /// <summary>The candidates' positions, best first as the answerer ranks them (ties: article order).</summary>
    public IReadOnlyList<int> Ranking()
    {
        var key = Order ?? Probabilities;
        return Enumerable.Range(0, key.Count).OrderByDescending(i => key[i]).ThenBy(i => Example.Candidates[i].Sentence.Index).ToList();
    }
}

/// <summary>How a policy does on predicted examples, measured as the eval metrics measure.</summary>
/// <param name="Policy">The policy.</param>
/// <param name="AnswerAccuracy">Share of answerable questions answered with every expected fact.</param>
/// <param name="CitationPrecision">Share of citations on a support sentence.</param>
/// <param name="AbstentionAccuracy">Share of unanswerable questions abstained on.</param>
/// <param name="FalseAbstentions">Share of answerable questions abstained on.</param>
public sealed record PolicyScore(AnswerPolicy Policy, double AnswerAccuracy, double CitationPrecision, double AbstentionAccuracy, double FalseAbstentions)
{
    // A false abstention over 5 % of answerable questions costs twice its share.
    private const double FalseAbstentionAllowance = 0.05;

    /// <summary>What the search maximises: answers, citation precision and abstention alike; false abstentions over 5 % doubly.</summary>
    public double Objective =>
        AnswerAccuracy + CitationPrecision + AbstentionAccuracy - (2 * Math.Max(0, FalseAbstentions - FalseAbstentionAllowance));
}

/// <summary>
/// Chooses the answer policy (abstention threshold, join share, sentences per answer) on
/// out-of-fold predictions for the training articles, by answering with the runtime's own
/// selection and composition and scoring the answers as the eval metrics do.
/// </summary>
public static class PolicySearch
{
    private static readonly double[] JoinShares = [0.5, 0.65, 0.8, 0.9, 1.01];
    private static readonly int[] SentenceCounts = [1, 2, 3];

    /// <summary>The best policy on <paramref name="predicted"/>.</summary>
    public static PolicyScore Choose(IReadOnlyList<PredictedExample> predicted, AnswerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        // The candidates' order does not depend on the policy: ranked once for the 600 policies scored.
        var ranked = Ranked(predicted);
        PolicyScore? best = null;
        for (var threshold = 0.04; threshold <= 0.801; threshold += 0.02)
            foreach (var share in JoinShares)
                foreach (var count in SentenceCounts)
                {
                    var score = Score(predicted, ranked, new AnswerPolicy { AbstainBelow = Math.Round(threshold, 2), JoinShare = share, MaxSentences = count }, settings);
                    if (best is null || score.Objective > best.Objective + 1e-12) best = score;
                }

        return best!;
    }

    /// <summary>How <paramref name="policy"/> does on <paramref name="predicted"/>.</summary>
    public static PolicyScore Score(IReadOnlyList<PredictedExample> predicted, AnswerPolicy policy, AnswerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        return Score(predicted, Ranked(predicted), policy, settings);
    }

    private static PolicyScore Score(IReadOnlyList<PredictedExample> predicted, IReadOnlyList<IReadOnlyList<RankedSentence>> ranked, AnswerPolicy policy, AnswerOptions settings)
    {
        // Every article counts about the same, however many questions it has (as in training).
        var perArticle = predicted.GroupBy(p => p.Example.Article).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        double answerable = 0, correct = 0, falseAbstentions = 0, unanswerable = 0, abstained = 0, citations = 0, onSupport = 0;
        foreach (var outcome in Outcomes(predicted, ranked, policy, settings))
        {
            var weight = RankerTrainer.ArticleWeight(perArticle[outcome.Example.Article]);
            if (outcome.Example.Question.IsUnanswerable)
            {
                unanswerable += weight;
                if (!outcome.Answered) abstained += weight;
                continue;
            }

            if (!outcome.Example.Question.IsAnswerable) continue;
            answerable += weight;
            if (!outcome.Answered) falseAbstentions += weight;
            if (outcome.Correct) correct += weight;
            citations += weight * outcome.Citations;
            onSupport += weight * outcome.CitationsOnSupport;
        }

        return new PolicyScore(
            policy,
            answerable == 0 ? 0 : correct / answerable,
            citations == 0 ? 0 : onSupport / citations,
            unanswerable == 0 ? 0 : abstained / unanswerable,
            answerable == 0 ? 0 : falseAbstentions / answerable);
    }

    /// <summary>What <paramref name="policy"/> does with each question of <paramref name="predicted"/>, scored as the eval metrics score.</summary>
    public static IEnumerable<QuestionOutcome> Outcomes(IReadOnlyList<PredictedExample> predicted, AnswerPolicy policy, AnswerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        return Outcomes(predicted, Ranked(predicted), policy, settings);
    }

    // Each question's candidates as the answerer ranks them, best first, with their probabilities.
    private static List<IReadOnlyList<RankedSentence>> Ranked(IReadOnlyList<PredictedExample> predicted) =>
        predicted.Select(IReadOnlyList<RankedSentence> (p) => p.Ranking().Select(i => new RankedSentence(p.Example.Candidates[i].Sentence, p.Probabilities[i])).ToList()).ToList();

    private static IEnumerable<QuestionOutcome> Outcomes(
        IReadOnlyList<PredictedExample> predicted, IReadOnlyList<IReadOnlyList<RankedSentence>> ranked, AnswerPolicy policy, AnswerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        for (var q = 0; q < predicted.Count; q++)
        {
            var example = predicted[q].Example;
            var question = example.Question;
            var chosen = example.Profile is null ? [] : AnswerSelection.Choose(ranked[q], policy, settings.MaxSentences, settings.MaxAnswerLength);
            if (chosen.Count == 0 || !question.IsAnswerable)
            {
                yield return new QuestionOutcome(example, chosen.Count > 0, false, chosen.Count, 0);
                continue;
            }

            var draft = ExtractiveAnswerer.Compose(chosen, example.Profile!, settings);
            var correct = draft.Text.Length <= EvalMetrics.MaxCorrectAnswerLength && TextOverlap.ContainsAll(draft.Text, question.Expected!.Contains!);
            var supporting = example.Candidates.Where(c => c.Supports).Select(c => c.Sentence).ToHashSet();
            yield return new QuestionOutcome(example, true, correct, chosen.Count, chosen.Count(c => supporting.Contains(c.Sentence)));
        }
    }
}

/// <summary>What a policy did with one question.</summary>
/// <param name="Example">The question and its candidates.</param>
/// <param name="Answered">True when it answered rather than abstained.</param>
/// <param name="Correct">True when the question is answerable and the answer has every expected fact.</param>
/// <param name="Citations">Sentences quoted.</param>
/// <param name="CitationsOnSupport">Of those, sentences that support the expected answer (answerable questions only).</param>
public sealed record QuestionOutcome(TrainingExample Example, bool Answered, bool Correct, int Citations, int CitationsOnSupport);
