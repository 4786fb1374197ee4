using System.Text.Json;

namespace ArticleQA.Core.Evaluation;

/// <summary>A question set file could not be read; the message names the file and line.</summary>
public sealed class QuestionSetException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Reads question sets in JSON Lines.</summary>
public static class QuestionSet
{
    private static readonly JsonSerializerOptions Json = new() { AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads every question of <paramref name="path"/>; blank lines are skipped, unknown fields ignored.</summary>
    public static async Task<IReadOnlyList<EvalQuestion>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new QuestionSetException($"Cannot read question set {path}: {e.Message}", e);
        }

        var questions = new List<EvalQuestion>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            EvalQuestion? question;
            try
            {
                question = JsonSerializer.Deserialize<EvalQuestion>(lines[i], Json);
            }
            catch (JsonException e)
            {
                throw new QuestionSetException($"{path}:{i + 1}: not a valid question ({e.Message})", e);
            }

            if (question is null || string.IsNullOrEmpty(question.Id))
                throw new QuestionSetException($"{path}:{i + 1}: a question needs an \"id\" and a \"question\"");
            if (!ids.Add(question.Id))
                throw new QuestionSetException($"{path}:{i + 1}: duplicate id \"{question.Id}\"");
            questions.Add(question);
        }

        if (questions.Count == 0) throw new QuestionSetException($"{path}: no questions");
        return questions;
    }
}
