using ArticleQA.Core.Answering;
using ArticleQA.Core.Conversation;
using ArticleQA.Llm.Answering;
using ArticleQA.Llm.Tests.Loopback;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleQA.Llm.Tests;

/// <summary>Answers streamed over SSE: checked pieces as they arrive, then the final answer.</summary>
[Collection(PipelineCollection.Name)]
public sealed class StreamingTests(Pipeline pipeline)
{
    private const string Question = "How much has Xiaomi invested in R&D?";

    [Fact]
    public async Task AskStreaming_ShowsCheckedPiecesThatAddUpToTheFinalAnswer()
    {
        await using var server = await OpenAIServer.StartAsync(
            new ScriptedReply.Text("Xiaomi has", " invested 105 billion yuan [", "1][", "9] in R&D", " over five years [2", "]."));
        await using var services = pipeline.Build(server);

        var (deltas, answer) = await CollectAsync(services, Question);

        Assert.True(server.Received.Single().Stream);
        Assert.True(deltas.Count > 1);
        Assert.DoesNotContain(deltas, d => d.Contains("[9", StringComparison.Ordinal));
        Assert.Equal("Xiaomi has invested 105 billion yuan [1] in R&D over five years [2].", string.Concat(deltas));
        Assert.Equal(string.Concat(deltas), answer.Result);
        Assert.Equal(LlmAnswerer.Name, answer.Answerer);
        Assert.Equal([1, 2], answer.Citations.Select(c => c.N));
    }

    [Fact]
    public async Task AskStreaming_NotFoundToken_IsNeverShownAndEndsInAnAbstention()
    {
        await using var server = await OpenAIServer.StartAsync(new ScriptedReply.Text("INFO", " NOT", " FOUND", "."));
        await using var services = pipeline.Build(server);

        var (deltas, answer) = await CollectAsync(services, "What was Xiaomi's revenue last year?");

        Assert.Empty(deltas);
        Assert.True(answer.NoResult);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task AskStreaming_ServerFails_EndsWithTheFallbackAnswer()
    {
        await using var server = await OpenAIServer.StartAsync();
        server.Otherwise = new ScriptedReply.Status(500);
        await using var services = pipeline.Build(server, ("ArticleQA:Llm:MaxRetries", "0"));

        var (deltas, answer) = await CollectAsync(services, Question);

        Assert.Empty(deltas);
        Assert.Equal(LlmAnswerer.FallbackName, answer.Answerer);
        Assert.Contains("HTTP 500", answer.Notice);
        Assert.Contains("105 billion", answer.Result);
    }

    [Fact]
    public async Task AskStreaming_StreamBreaksMidway_ShownTextIsFollowedByTheFallbackAnswer()
    {
        await using var server = await OpenAIServer.StartAsync(new ScriptedReply.BrokenStream("Xiaomi has invested ", "105 billion"));
        await using var services = pipeline.Build(server, ("ArticleQA:Llm:MaxRetries", "0"));

        var (deltas, answer) = await CollectAsync(services, Question);

        Assert.Equal("Xiaomi has invested 105 billion", string.Concat(deltas));
        Assert.Equal(LlmAnswerer.FallbackName, answer.Answerer);
        Assert.Contains("could not be read", answer.Notice);
        Assert.NotEmpty(answer.Citations);
    }

    [Fact]
    public async Task AskStreaming_StreamedAnswerWithoutValidCitation_EndsUngroundedWithTheFallback()
    {
        await using var server = await OpenAIServer.StartAsync(new ScriptedReply.Text("Xiaomi invested ", "a lot [8]."));
        await using var services = pipeline.Build(server);

        var (deltas, answer) = await CollectAsync(services, Question);

        Assert.Equal("Xiaomi invested a lot.", string.Concat(deltas));
        Assert.Equal(LlmAnswerer.FallbackName, answer.Answerer);
        Assert.Contains("ungrounded", answer.Notice);
        Assert.Contains("105 billion", answer.Result);
    }

    [Fact]
    public async Task AskStreaming_ExtractiveAnswerer_GivesTheSameAnswerAsAsk()
    {
        await using var services = pipeline.Build(null);
        var memory = services.GetRequiredService<ArticleMemory>();

        var (deltas, streamed) = await CollectAsync(services, Question);
        var asked = await memory.AskAsync(Question);

        Assert.Empty(deltas);
        Assert.Equal(asked.Result, streamed.Result);
        Assert.Equal(asked.Citations, streamed.Citations);
    }

    [Fact]
    public async Task AskStreaming_FollowUp_IsRewrittenByTheModelBeforeRetrieval()
    {
        const string rewritten = "How much has Xiaomi Corp invested in research and development?";
        await using var server = await OpenAIServer.StartAsync(
            new ScriptedReply.Text("Lei Jun is the chairman of Xiaomi Corp [1]."),
            new ScriptedReply.Text(rewritten),
            new ScriptedReply.Text("Xiaomi has invested 105 billion yuan [1]."));
        await using var services = pipeline.Build(server);
        var memory = services.GetRequiredService<ArticleMemory>();
        var history = new ConversationHistory();

        await memory.AskAsync("Who is Lei Jun?", history);
        var answer = await memory.AskAsync("How much has his company invested?", history);

        Assert.Equal(3, server.Received.Count);
        var rewrite = server.Received[1].MessagesText;
        Assert.Contains("Who is Lei Jun?", rewrite);
        Assert.Contains("How much has his company invested?", rewrite);
        Assert.Equal(rewritten, answer.StandaloneQuestion);
        Assert.Contains($"Question: {rewritten}", server.Received[2].MessagesText);
        Assert.Equal("Xiaomi has invested 105 billion yuan [1].", answer.Result);
    }

    private static async Task<(List<string> Deltas, Answer Answer)> CollectAsync(IServiceProvider services, string question)
    {
        var deltas = new List<string>();
        Answer? answer = null;
        await foreach (var update in services.GetRequiredService<ArticleMemory>().AskStreamingAsync(question))
        {
            if (update.Answer is not null) answer = update.Answer;
            else deltas.Add(update.Delta!);
        }

        return (deltas, answer!);
    }
}
