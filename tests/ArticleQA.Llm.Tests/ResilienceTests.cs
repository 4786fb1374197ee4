using ArticleQA.Core.Answering;
using ArticleQA.Llm.Answering;
using ArticleQA.Llm.Tests.Loopback;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleQA.Llm.Tests;

/// <summary>Retries, timeouts, the circuit breaker and the extractive fallback, over real HTTP.</summary>
[Collection(PipelineCollection.Name)]
public sealed class ResilienceTests(Pipeline pipeline)
{
    private const string Question = "How much has Xiaomi invested in R&D?";

    [Fact]
    public async Task Ask_429ThenSuccess_RetriesAndAnswersWithTheModel()
    {
        await using var server = await OpenAIServer.StartAsync(
            new ScriptedReply.Status(429, RetryAfter: "0"),
            new ScriptedReply.Text("Xiaomi has invested 105 billion yuan in R&D [1]."));

        var answer = await pipeline.AskAsync(server, Question);

        Assert.Equal(2, server.Received.Count);
        Assert.Equal(LlmAnswerer.Name, answer.Answerer);
        Assert.Equal("Xiaomi has invested 105 billion yuan in R&D [1].", answer.Result);
        Assert.Null(answer.Notice);
    }

    [Fact]
    public async Task Ask_Server500s_RetriesThenFallsBackToACitedExtractiveAnswer()
    {
        await using var server = await OpenAIServer.StartAsync();
        server.Otherwise = new ScriptedReply.Status(500);

        var answer = await pipeline.AskAsync(server, Question);

        Assert.Equal(3, server.Received.Count); // the first try and MaxRetries=2
        Assert.Equal(LlmAnswerer.FallbackName, answer.Answerer);
        Assert.Contains("HTTP 500", answer.Notice);
        Assert.Contains("105 billion", answer.Result);
        var article = await File.ReadAllTextAsync(Pipeline.Article);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal(article[citation.Start..citation.End], citation.Quote);
    }

    [Fact]
    public async Task Ask_SlowServer_TimesOutAndFallsBack()
    {
        await using var server = await OpenAIServer.StartAsync();
        server.Otherwise = new ScriptedReply.Hang();

        var answer = await pipeline.AskAsync(server, Question, ("ArticleQA:Llm:Timeout", "00:00:00.500"), ("ArticleQA:Llm:MaxRetries", "0"));

        Assert.Equal(LlmAnswerer.FallbackName, answer.Answerer);
        Assert.Contains("did not answer in time", answer.Notice);
        Assert.Contains("105 billion", answer.Result);
        Assert.NotEmpty(answer.Citations);
    }

    [Fact]
    public async Task Ask_MalformedJson_FallsBackWithoutRetrying()
    {
        await using var server = await OpenAIServer.StartAsync();
        server.Otherwise = new ScriptedReply.Malformed("{\"choices\": [ {\"message\": ");

        var answer = await pipeline.AskAsync(server, Question);

        Assert.Single(server.Received);
        Assert.Equal(LlmAnswerer.FallbackName, answer.Answerer);
        Assert.Contains("could not be read", answer.Notice);
        Assert.NotEmpty(answer.Citations);
    }

    [Fact]
    public async Task Ask_RepeatedFailures_OpenTheCircuitSoTheServerIsLeftAlone()
    {
        await using var server = await OpenAIServer.StartAsync();
        server.Otherwise = new ScriptedReply.Status(503);
        await using var services = pipeline.Build(server, ("ArticleQA:Llm:MaxRetries", "0"));
        var memory = services.GetRequiredService<ArticleMemory>();

        // The breaker judges after four calls, half of them failed.
        for (var i = 0; i < 4; i++) await memory.AskAsync(Question);
        var calls = server.Received.Count;
        var answer = await memory.AskAsync(Question);

        Assert.Equal(4, calls);
        Assert.Equal(calls, server.Received.Count);
        Assert.Equal(LlmAnswerer.FallbackName, answer.Answerer);
        Assert.Contains("paused", answer.Notice);
        Assert.NotEmpty(answer.Citations);
    }

    [Fact]
    public async Task Ask_ProviderNone_UsesTheExtractiveAnswererAndCallsNothing()
    {
        await using var server = await OpenAIServer.StartAsync();
        await using var services = pipeline.Build(null);

        var answer = await services.GetRequiredService<ArticleMemory>().AskAsync(Question);

        Assert.IsType<ExtractiveAnswerer>(services.GetRequiredService<IAnswerer>());
        Assert.Equal(ExtractiveAnswerer.Name, answer.Answerer);
        Assert.Null(answer.Notice);
        Assert.Empty(server.Received);
    }
}
