using System.Text.Json;

namespace ArticleQA.Evaluation.Running;

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
            var question = ReadLine(lines[i], $"{path}:{i + 1}");
            if (!ids.Add(question.Id))
                throw new QuestionSetException($"{path}:{i + 1}: duplicate id \"{question.Id}\"");
            questions.Add(question);
        }

        if (questions.Count == 0) throw new QuestionSetException($"{path}: no questions");
        return questions;
    }

    /// <summary>One line as a question; a problem is told as "<paramref name="where"/>: what is wrong" in plain words.</summary>
    private static EvalQuestion ReadLine(string line, string where)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            var column = e.BytePositionInLine is { } byteIndex ? $" near column {byteIndex + 1}" : "";
            throw new QuestionSetException($"{where}: not valid JSON{column}; each line is one object such as {{\"id\": \"q1\", \"question\": \"Who wrote the article?\"}}", e);
        }

        if (root.ValueKind != JsonValueKind.Object)
            throw new QuestionSetException($"{where}: each line must be one JSON object with an \"id\" and a \"question\", not {Article(root.ValueKind)}");
        foreach (var required in new[] { "id", "question" })
        {
            if (!root.TryGetProperty(required, out _)) throw new QuestionSetException($"{where}: \"{required}\" is missing; every question needs an \"id\" and a \"question\"");
        }

        try
        {
            var question = root.Deserialize<EvalQuestion>(Json)!;
            if (string.IsNullOrWhiteSpace(question.Id) || string.IsNullOrWhiteSpace(question.Question))
                throw new QuestionSetException($"{where}: \"{(string.IsNullOrWhiteSpace(question.Id) ? "id" : "question")}\" is empty");
            return question;
        }
        catch (JsonException e)
        {
            var problem = JsonFieldShape.Describe(typeof(EvalQuestion), e.Path) is var (field, expected)
                ? $"\"{field}\" must be {expected}"
                : "a field holds a value of the wrong kind";
            throw new QuestionSetException($"{where}: {problem}", e);
        }
    }

    private static string Article(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a text",
        JsonValueKind.Number => "a number",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
