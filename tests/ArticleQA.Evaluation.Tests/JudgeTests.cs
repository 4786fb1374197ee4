using ArticleQA.Evaluation.Judges;
using ArticleQA.Evaluation.Running;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using static ArticleQA.Evaluation.Tests.Samples;

namespace ArticleQA.Evaluation.Tests;

public sealed class JudgeTests
{
    private const string Template = "Q={{$question}}\nA={{$answer}}\nC={{$context}}";

    [Fact]
    public async Task Groundedness_ReadsScoreAndReason_AndSendsQuestionAnswerAndPassages()
    {
        var chat = new FakeChatClient(_ => "score: 4\nreason: the main claim is in passage [1].");
        var evaluator = new GroundednessEvaluator(Template);

        var result = await evaluator.EvaluateAsync(
            [new ChatMessage(ChatRole.User, "How many?")], new ChatResponse(new ChatMessage(ChatRole.Assistant, "79 [1]")),
            new ChatConfiguration(chat), [new CitedPassagesContext("[1] China is home to 79 lighthouse factories")]);

        var metric = result.Get<NumericMetric>(GroundednessEvaluator.MetricName);
        Assert.Equal(4, metric.Value);
        Assert.Equal("the main claim is in passage [1].", metric.Reason);
        Assert.Equal(EvaluationRating.Good, metric.Interpretation!.Rating);
        Assert.Equal("Q=How many?\nA=79 [1]\nC=[1] China is home to 79 lighthouse factories", Assert.Single(chat.Prompts));
    }

    [Fact]
    public async Task Relevance_ReplyWithoutScore_GivesNoValueAndAnErrorDiagnostic()
    {
        var chat = new FakeChatClient(_ => "I think it is fine.");

        var result = await new RelevanceEvaluator(Template).EvaluateAsync(
            [new ChatMessage(ChatRole.User, "How many?")], new ChatResponse(new ChatMessage(ChatRole.Assistant, "79")), new ChatConfiguration(chat));

        var metric = result.Get<NumericMetric>(RelevanceEvaluator.MetricName);
        Assert.Null(metric.Value);
        Assert.Contains(metric.Diagnostics!, d => d.Severity == EvaluationDiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Evaluate_WithoutChatConfiguration_ReportsAnError()
    {
        var result = await new RelevanceEvaluator(Template).EvaluateAsync([], new ChatResponse(new ChatMessage(ChatRole.Assistant, "79")));

        Assert.Contains(result.Get<NumericMetric>(RelevanceEvaluator.MetricName).Diagnostics!, d => d.Severity == EvaluationDiagnosticSeverity.Error);
    }

    [Fact]
    public async Task LlmJudges_ScoresAnsweredItemsOnly_MappingOneToFiveOntoZeroToOne()
    {
        // Groundedness prompts carry "C=", relevance prompts do not: 5 and 3 -> 1.0 and 0.5.
        var chat = new FakeChatClient(prompt => prompt.Contains("C=", StringComparison.Ordinal) ? "score: 5" : "Score: 3\nreason: partly");
        var judges = new LlmJudges(chat, new GroundednessEvaluator(Template), new RelevanceEvaluator("Q={{$question}} A={{$answer}}"));
        var questions = new[] { Answerable("q1"), Unanswerable("u1") };
        var results = Results(questions, "p", Item("q1", "79 [1]", citations: [Good]), Item("u1", "No.", abstained: true));

        var judged = await judges.ScoreAsync(results);

        Assert.Equal(1.0, judged.Summary![LlmJudges.Groundedness]);
        Assert.Equal(0.5, judged.Summary[LlmJudges.Relevance]);
        Assert.Equal(1, judged.Summary["llm_judged"]);
        Assert.Equal(2, chat.Prompts.Count);
        Assert.Equal(results.Summary![EvalMetrics.AnswerAccuracy], judged.Summary[EvalMetrics.AnswerAccuracy]);
    }

    [Fact]
    public async Task CreateAsync_LoadsTheRepositoryPrompts()
    {
        var chat = new FakeChatClient(_ => "score: 5");
        var judges = await LlmJudges.CreateAsync(chat, Path.Combine(RepositoryRoot(), "prompts"));
        var results = Results([Answerable("q1")], "p", Item("q1", "79 lighthouse factories [1]", citations: [Good]));

        await judges.ScoreAsync(results);

        Assert.Contains(chat.Prompts, p => p.Contains("79 lighthouse factories [1]", StringComparison.Ordinal) && p.Contains("[1] " + Good, StringComparison.Ordinal));
        Assert.DoesNotContain(chat.Prompts, p => p.Contains("{{$", StringComparison.Ordinal));
    }

    /// <summary>A chat client that answers every request with <paramref name="reply"/> of its prompt and records the prompts.</summary>
    private sealed class FakeChatClient(Func<string, string> reply) : IChatClient
    {
        public List<string> Prompts { get; } = [];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var prompt = string.Join("\n", messages.Select(m => m.Text));
            lock (Prompts) Prompts.Add(prompt);
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply(prompt))));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
