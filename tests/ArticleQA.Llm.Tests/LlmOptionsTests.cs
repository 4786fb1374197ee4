using ArticleQA.Core.Answering;
using ArticleQA.Llm.Composition;
using ArticleQA.Llm.Prompts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ArticleQA.Llm.Tests;

/// <summary>The ArticleQA:Llm settings are checked at start, and secrets stay hidden.</summary>
[Collection(PipelineCollection.Name)]
public sealed class LlmOptionsTests(Pipeline pipeline)
{
    [Theory]
    [InlineData("Provider", "gpt", "ArticleQA:Llm:Provider 'gpt' is not one of none, openai, azure-openai, openai-compatible")]
    [InlineData("Endpoint", "", "ArticleQA:Llm:Endpoint is required when the provider is openai-compatible")]
    [InlineData("Endpoint", "localhost:11434/v1", "ArticleQA:Llm:Endpoint 'localhost:11434/v1' is not an absolute http(s) URL")]
    [InlineData("Model", "", "ArticleQA:Llm:Model is required when the provider is openai-compatible")]
    [InlineData("Timeout", "00:00:00", "Timeout")]
    public void Options_BrokenValue_FailsNamingTheSetting(string key, string value, string message)
    {
        using var services = pipeline.Build(null, ("ArticleQA:Llm:Provider", "openai-compatible"), ("ArticleQA:Llm:Endpoint", "http://127.0.0.1:9/v1"), ($"ArticleQA:Llm:{key}", value));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains(message, string.Join("; ", error.Failures));
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("azure-openai")]
    public void Options_HostedProviderWithoutKey_Fails(string provider)
    {
        using var services = pipeline.Build(null, ("ArticleQA:Llm:Provider", provider), ("ArticleQA:Llm:Endpoint", "https://example.invalid/"), ("ArticleQA:Llm:ApiKey", ""));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains($"ArticleQA:Llm:ApiKey is required when the provider is {provider}", string.Join("; ", error.Failures));
    }

    [Fact]
    public void Options_MissingPromptFiles_FailNamingTheFile()
    {
        var folder = Path.Combine(pipeline.DataPath, "no-prompts");
        using var services = pipeline.Build(null, ("ArticleQA:Llm:Provider", "openai-compatible"), ("ArticleQA:Llm:Endpoint", "http://127.0.0.1:9/v1"), ("ArticleQA:PromptsPath", folder));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains(Path.Combine(folder, "answer", "skprompt.txt"), string.Join("; ", error.Failures));
    }

    [Theory]
    [InlineData("openai", "https://api.example.invalid/v1")]
    [InlineData("azure-openai", "https://my-resource.example.invalid/")]
    [InlineData("OpenAI-Compatible", "http://localhost:11434/v1")]
    public void Compose_EachProvider_GivesAKernelChatServiceAndTheLlmAnswerer(string provider, string endpoint)
    {
        using var services = pipeline.Build(null, ("ArticleQA:Llm:Provider", provider), ("ArticleQA:Llm:Endpoint", endpoint));

        Assert.IsType<Answering.LlmAnswerer>(services.GetRequiredService<IAnswerer>());
        Assert.NotNull(services.GetRequiredService<Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService>());
    }

    [Fact]
    public void Prompts_NotFoundToken_IsReadFromTheAnswerPromptFile()
    {
        using var services = pipeline.Build(null);

        Assert.Equal("INFO NOT FOUND", services.GetRequiredService<PromptLibrary>().NotFoundToken);
    }

    [Fact]
    public void Secrets_AreDescribedNeverShown()
    {
        Assert.Equal("******** (set)", SecretMasker.Describe(Pipeline.ApiKey));
        Assert.Equal("(not set)", SecretMasker.Describe(null));
        Assert.Equal("denied for ******** at host", SecretMasker.Mask($"denied for {Pipeline.ApiKey} at host", Pipeline.ApiKey));
    }
}
