using System.Text.Json;
using System.Text.Json.Serialization;
using ArticleQA.Core.Answering;

namespace ArticleQA.Evaluation.Training;

/// <summary>
/// Writes what the chosen policy did with every training question out of fold, one JSON object a line,
/// for error analysis: whether it answered and was right, the best candidate's probability and whether
/// it supports the answer, and where the best supporting sentence ranked.
/// </summary>
public static class OutOfFoldFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>One line of the file.</summary>
    /// <param name="Article">The article.</param>
    /// <param name="Id">The question's id (its file and id in the set).</param>
    /// <param name="Question">The question.</param>
    /// <param name="Expected">"answerable", "unanswerable", or "other" (neither kind of expectation).</param>
    /// <param name="Tags">The set's tags.</param>
    /// <param name="Answered">True when it answered rather than abstained.</param>
    /// <param name="Correct">True when answerable and the answer has every expected fact.</param>
    /// <param name="Citations">Sentences quoted.</param>
    /// <param name="CitationsOnSupport">Of those, sentences that support the answer.</param>
    /// <param name="BestProbability">The best candidate's probability (the best as the answerer ranks them).</param>
    /// <param name="BestSupports">True when the best candidate supports the answer.</param>
    /// <param name="SupportRank">Rank of the best supporting candidate (1 = best); null when none supports.</param>
    public sealed record Line(
        string Article, string Id, string Question, string Expected, IReadOnlyList<string>? Tags, bool Answered, bool Correct,
        int Citations, int CitationsOnSupport, double? BestProbability, bool BestSupports, int? SupportRank);

    /// <summary>The lines for <paramref name="predicted"/> under <paramref name="policy"/>.</summary>
    public static IEnumerable<Line> Lines(IReadOnlyList<PredictedExample> predicted, AnswerPolicy policy, AnswerOptions settings) =>
        PolicySearch.Outcomes(predicted, policy, settings).Zip(predicted, LineOf);

    /// <summary>Writes the lines to <paramref name="path"/>.</summary>
    public static async Task WriteAsync(string path, IReadOnlyList<PredictedExample> predicted, AnswerPolicy policy, AnswerOptions settings, CancellationToken cancellationToken = default)
    {
        await using var writer = new StreamWriter(path);
        foreach (var line in Lines(predicted, policy, settings))
            await writer.WriteLineAsync(JsonSerializer.Serialize(line, Json).AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    private static Line LineOf(QuestionOutcome outcome, PredictedExample prediction)
    {
        var (example, question, probabilities) = (outcome.Example, outcome.Example.Question, prediction.Probabilities);
        var order = prediction.Ranking().ToList();
        var supportAt = order.FindIndex(i => example.Candidates[i].Supports);
        return new Line(
            example.Article,
            question.Id,
            question.Question,
            question.IsAnswerable ? "answerable" : question.IsUnanswerable ? "unanswerable" : "other",
            question.Tags,
            outcome.Answered,
            outcome.Correct,
            outcome.Citations,
            outcome.CitationsOnSupport,
            order.Count == 0 ? null : Math.Round(probabilities[order[0]], 4),
            order.Count > 0 && example.Candidates[order[0]].Supports,
            supportAt < 0 ? null : supportAt + 1);
    }
}
