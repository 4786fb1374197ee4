using ArticleQA.Llm.Plugins;
using ArticleQA.Llm.Tests.Loopback;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace ArticleQA.Llm.Tests;

/// <summary>Retrieval as the kernel function <c>search_article</c>.</summary>
[Collection(PipelineCollection.Name)]
public sealed class SearchPluginTests(Pipeline pipeline)
{
    [Fact]
    public async Task SearchArticle_InvokedThroughTheKernel_ReturnsExactPassagesBestFirst()
    {
        await using var services = pipeline.Build(null);
        var kernel = services.GetRequiredService<Kernel>();

        var result = await kernel.InvokeAsync(ArticleSearchPlugin.PluginName, ArticleSearchPlugin.FunctionName,
            new KernelArguments { ["query"] = "How much has Xiaomi invested in research and development?", ["count"] = 3 });

        var passages = result.GetValue<IReadOnlyList<ArticlePassage>>()!;
        Assert.Equal(3, passages.Count);
        Assert.Equal([1, 2, 3], passages.Select(p => p.N));
        Assert.Contains(passages, p => p.Text.Contains("105 billion", StringComparison.Ordinal));
        var article = await File.ReadAllTextAsync(Pipeline.Article);
        Assert.All(passages, p => Assert.Equal(article[p.Start..p.End], p.Text));
    }

    [Fact]
    public async Task SearchArticle_CalledByAFunctionCallingModel_GivesItThePassages()
    {
        await using var server = await OpenAIServer.StartAsync(
            new ScriptedReply.ToolCall("article-search_article", """{"query":"Xiaomi R&D investment","count":2}"""),
            new ScriptedReply.Text("Xiaomi has invested 105 billion yuan."));
        await using var services = pipeline.Build(server);
        var kernel = services.GetRequiredService<Kernel>();
        var chat = kernel.GetRequiredService<IChatCompletionService>();
        var history = new ChatHistory("Answer from the article.");
        history.AddUserMessage("How much has Xiaomi invested in R&D?");

        var reply = await chat.GetChatMessageContentAsync(
            history, new OpenAIPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }, kernel);

        Assert.Equal("Xiaomi has invested 105 billion yuan.", reply.Content);
        var tools = server.Received[0].Json["tools"]!.AsArray();
        Assert.Contains(tools, t => t!["function"]!["name"]!.GetValue<string>() == "article-search_article");
        var toolResult = server.Received[1].Json["messages"]!.AsArray().Single(m => m!["role"]!.GetValue<string>() == "tool");
        Assert.Contains("105 billion", toolResult!["content"]!.ToString());
    }
}
