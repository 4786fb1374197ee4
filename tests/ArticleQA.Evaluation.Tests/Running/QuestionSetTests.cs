using ArticleQA.Core;
using ArticleQA.Evaluation.Running;

namespace ArticleQA.Evaluation.Tests.Running;

public sealed class QuestionSetTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "articleqa-question-sets", Guid.NewGuid().ToString("N"));

    public QuestionSetTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task ReadAsync_ValidFile_ReadsEveryQuestionWithItsFields()
    {
        var path = Write(
            """{"id": "q1", "question": "How many lighthouse factories are in China?", "history": ["What is the network?"], "expected": {"contains": [["79", "seventy-nine"]], "support": ["China is home to 79 lighthouse factories"], "answer": "79", "unanswerable": false}, "tags": ["numeric", "follow-up"]}""",
            "",
            """{"id": "q2", "question": "When was Xiaomi founded?", "expected": {"unanswerable": true}}""",
            """{"id": "q3", "question": "Only answered, not scored"}""");

        var questions = await QuestionSet.ReadAsync(path);

        Assert.Equal(["q1", "q2", "q3"], questions.Select(q => q.Id));
        var first = questions[0];
        Assert.Equal(["What is the network?"], first.History!);
        Assert.Equal(["79", "seventy-nine"], Assert.Single(first.Expected!.Contains!));
        Assert.Equal(["China is home to 79 lighthouse factories"], first.Expected.Support!);
        Assert.Equal("79", first.Expected.Answer);
        Assert.Equal(["numeric", "follow-up"], first.Tags!);
        Assert.True(first.IsAnswerable);
        Assert.True(questions[1].IsUnanswerable);
        Assert.False(questions[1].IsAnswerable);
        Assert.Null(questions[2].Expected);
    }

    [Fact]
    public async Task ReadAsync_UnknownFields_AreIgnored()
    {
        var path = Write("""{"id": "q1", "question": "Who is Lei Jun?", "difficulty": 3, "notes": {"by": "me"}, "expected": {"contains": [["Xiaomi"]], "judge": "strict"}}""");

        var questions = await QuestionSet.ReadAsync(path);

        var question = Assert.Single(questions);
        Assert.Equal("Who is Lei Jun?", question.Question);
        Assert.True(question.IsAnswerable);
    }

    [Fact]
    public async Task ReadAsync_MalformedLine_NamesTheFileAndLine()
    {
        var path = Write(
            """{"id": "q1", "question": "Who is Lei Jun?"}""",
            "",
            """{"id": "q2", "question": "Broken""");

        var error = await Assert.ThrowsAsync<QuestionSetException>(() => QuestionSet.ReadAsync(path));

        Assert.Contains($"{path}:3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_DuplicateId_IsRejectedNamingTheLine()
    {
        var path = Write(
            """{"id": "q1", "question": "Who is Lei Jun?"}""",
            """{"id": "q1", "question": "Who is Ma Jun?"}""");

        var error = await Assert.ThrowsAsync<QuestionSetException>(() => QuestionSet.ReadAsync(path));

        Assert.Contains($"{path}:2", error.Message, StringComparison.Ordinal);
        Assert.Contains("duplicate", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ReadAsync_LineWithoutId_IsRejected()
    {
        var path = Write("""{"question": "Who is Lei Jun?"}""");

        var error = await Assert.ThrowsAsync<QuestionSetException>(() => QuestionSet.ReadAsync(path));

        Assert.Contains($"{path}:1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id": "q1", "question": 5}""", "\"question\" must be a text")]
    [InlineData("""{"id": "q1", "question": "Who?", "history": "Hi"}""", "\"history\" must be a list of texts")]
    [InlineData("""{"id": "q1", "question": "Who?", "expected": {"contains": ["79"]}}""", "\"expected.contains\" must be a list of lists of texts")]
    [InlineData("""{"id": "q1", "question": "Who?", "expected": {"unanswerable": "yes"}}""", "\"expected.unanswerable\" must be true or false")]
    [InlineData("""{"id": "q1"}""", "\"question\" is missing")]
    [InlineData("""{not json""", "not valid JSON near column 2")]
    [InlineData("""["q1", "Who?"]""", "each line must be one JSON object")]
    public async Task ReadAsync_BadLine_SaysWhatIsWrongInPlainWords(string line, string message)
    {
        var path = Write("""{"id": "q0", "question": "Who is Lei Jun?"}""", line);

        var error = await Assert.ThrowsAsync<QuestionSetException>(() => QuestionSet.ReadAsync(path));

        Assert.Equal($"{path}:2: ", error.Message[..($"{path}:2: ".Length)]);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        foreach (var internals in new[] { "LineNumber", "BytePositionInLine", "Path: $", "System." })
            Assert.DoesNotContain(internals, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MissingFile_ThrowsQuestionSetException()
    {
        var path = Path.Combine(_folder, "missing.jsonl");

        var error = await Assert.ThrowsAsync<QuestionSetException>(() => QuestionSet.ReadAsync(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_RealQuestionSet_LoadsAtLeastEightyUniqueQuestions()
    {
        var questions = await QuestionSet.ReadAsync(RepositoryPaths.Resolve("corpus/questions/powering-up.jsonl"));

        Assert.True(questions.Count >= 80, $"only {questions.Count} questions");
        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(questions, q => q.IsAnswerable);
        Assert.Contains(questions, q => q.IsUnanswerable);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(params string[] lines)
    {
        var path = Path.Combine(_folder, "questions.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }
}
