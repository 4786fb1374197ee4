using System.Text.Json;
using ArticleQA.Llm.Tests.Loopback;
using ArticleQA.Tests.Shared;
using Xunit.Abstractions;

namespace ArticleQA.Llm.Tests;

/// <summary>
/// <c>articleqa</c> as a user runs it, a real process configured only through the
/// <c>ArticleQA__Llm__*</c> environment variables, against the loopback server.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class CliTests(Pipeline pipeline, ITestOutputHelper output)
{
    private const string Question = "How much has Xiaomi invested in R&D?";

    [Fact]
    public async Task AskJson_LoopbackModel_AnswerIsTheServersTextWithInventedMarkersRemoved()
    {
        await using var server = await OpenAIServer.StartAsync(
            new ScriptedReply.Text("Xiaomi has invested 105 billion yuan ($14 billion) in R&D over the past five years [1][8]."));

        var run = await RunAsync(server, "ask", Question, "--json");

        output.WriteLine(server.Received[0].Body);
        Assert.Equal(0, run.ExitCode);
        using var item = JsonDocument.Parse(run.Stdout);
        var root = item.RootElement;
        Assert.Equal("Xiaomi has invested 105 billion yuan ($14 billion) in R&D over the past five years [1].", root.GetProperty("answer").GetString());
        Assert.Equal("llm", root.GetProperty("answerer").GetString());
        Assert.False(root.GetProperty("abstained").GetBoolean());
        var citation = Assert.Single(root.GetProperty("citations").EnumerateArray());
        Assert.Equal(1, citation.GetProperty("n").GetInt32());
        Assert.Equal(root.GetProperty("retrieved")[0].GetProperty("text").GetString(), citation.GetProperty("quote").GetString());
        Assert.DoesNotContain(Pipeline.ApiKey, run.Stdout + run.Stderr);
        Assert.DoesNotContain(Pipeline.ApiKey, server.Received[0].Body);
    }

    [Fact]
    public async Task AskJson_Server500_GivesACitedExtractiveAnswerMarkedAsFallback()
    {
        await using var server = await OpenAIServer.StartAsync();
        server.Otherwise = new ScriptedReply.Status(500);

        var run = await RunAsync(server, "ask", Question, "--json");

        Assert.Equal(0, run.ExitCode);
        using var item = JsonDocument.Parse(run.Stdout);
        var root = item.RootElement;
        Assert.Equal("extractive-fallback", root.GetProperty("answerer").GetString());
        Assert.Contains("105 billion", root.GetProperty("answer").GetString());
        Assert.Contains("[1]", root.GetProperty("answer").GetString());
        var citation = root.GetProperty("citations")[0];
        var article = await File.ReadAllTextAsync(Pipeline.Article);
        Assert.Equal(article[citation.GetProperty("start").GetInt32()..citation.GetProperty("end").GetInt32()], citation.GetProperty("quote").GetString());
        Assert.Contains("HTTP 500", root.GetProperty("notice").GetString());
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.DoesNotContain(Pipeline.ApiKey, run.Stdout + run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public async Task Chat_StreamsTheModelsAnswerThenItsSources()
    {
        await using var server = await OpenAIServer.StartAsync(new ScriptedReply.Text("Xiaomi has invested ", "105 billion yuan ", "in R&D [1]."));

        var run = await RunAsync(server, ["chat"], stdin: Question + "\n/quit\n");

        Assert.Equal(0, run.ExitCode);
        Assert.True(server.Received.Single().Stream);
        Assert.Contains("Xiaomi has invested 105 billion yuan in R&D [1].", run.Stdout);
        Assert.Contains("Sources:", run.Stdout);
        Assert.DoesNotContain(Pipeline.ApiKey, run.Stdout + run.Stderr);
    }

    [Fact]
    public async Task Chat_ModelFails_TellsTheUserInOneLineAndAnswersExtractively()
    {
        await using var server = await OpenAIServer.StartAsync();
        server.Otherwise = new ScriptedReply.Status(500);

        var run = await RunAsync(server, ["chat"], stdin: Question + "\n/quit\n", ("ArticleQA__Llm__MaxRetries", "0"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("The language model failed (HTTP 500), so this is the extractive answer.", run.Stdout);
        Assert.Contains("105 billion", run.Stdout);
        Assert.Equal("", run.Stderr.Trim());
    }

    [Fact]
    public async Task Config_ShowsTheSettingsWithTheKeyMaskedAndChecksTheModel()
    {
        await using var server = await OpenAIServer.StartAsync(new ScriptedReply.Text("OK"));

        var run = await RunAsync(server, "config");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("openai-compatible", run.Stdout);
        Assert.Contains(server.BaseUrl, run.Stdout);
        Assert.Contains("******** (set)", run.Stdout);
        Assert.Contains("The model answers", run.Stdout);
        Assert.DoesNotContain(Pipeline.ApiKey, run.Stdout + run.Stderr);
        Assert.Contains("single word OK", Assert.Single(server.Received).MessagesText);
    }

    [Fact]
    public async Task Config_ModelDoesNotAnswer_ExitsOneSayingWhy()
    {
        await using var server = await OpenAIServer.StartAsync();
        server.Otherwise = new ScriptedReply.Status(401);

        var run = await RunAsync(server, "config");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("The model does not answer", run.Stdout);
        Assert.Contains("HTTP 401", run.Stdout);
        Assert.DoesNotContain(Pipeline.ApiKey, run.Stdout + run.Stderr);
    }

    [Fact]
    public async Task Ask_BrokenProvider_ExitsTwoWithOneLineNamingTheSetting()
    {
        await using var server = await OpenAIServer.StartAsync();

        var run = await RunAsync(server, ["ask", Question], stdin: null, ("ArticleQA__Llm__Provider", "chatgpt"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ArticleQA:Llm:Provider 'chatgpt'", run.Stderr);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Empty(server.Received);
    }

    // The CLI's own build output: this test project runs on the ASP.NET Core framework (for the
    // loopback server), so the copy of articleqa.dll next to it lacks the libraries that framework holds.
    private static string CliPath { get; } = FindCli();

    private static string FindCli()
    {
        var build = Path.GetRelativePath(Path.Combine(Pipeline.Root, "tests", "ArticleQA.Llm.Tests"), AppContext.BaseDirectory);
        var path = Path.Combine(Pipeline.Root, "src", "ArticleQA.Cli", build, "articleqa.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the CLI first: {path} not found.");
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(OpenAIServer server, params string[] args) => RunAsync(server, args, null);

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        OpenAIServer server, string[] args, string? stdin, params (string Name, string Value)[] environment)
    {
        var workDir = Path.Combine(pipeline.DataPath, "cwd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workDir);
        return await CliProcess.RunAsync(CliPath, workDir, args, stdin,
        [
            ("ArticleQA__DataPath", Path.Combine(pipeline.DataPath, "cli-index")),
            ("ArticleQA__Llm__Provider", "openai-compatible"),
            ("ArticleQA__Llm__Endpoint", server.BaseUrl),
            ("ArticleQA__Llm__Model", "loopback-model"),
            ("ArticleQA__Llm__ApiKey", Pipeline.ApiKey),
            .. environment,
        ]);
    }
}
