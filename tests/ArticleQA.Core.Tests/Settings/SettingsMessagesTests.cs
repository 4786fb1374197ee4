using ArticleQA.Core;
using ArticleQA.Core.Answering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ArticleQA.Core.Tests.Settings;

/// <summary>Every configuration error names the setting, the value given and the values allowed, in words a user reads.</summary>
public sealed class SettingsMessagesTests
{
    [Theory]
    [InlineData("ArticleQA:Retrieval:Mode", "foo", "ArticleQA:Retrieval:Mode is 'foo'; allowed: one of Hybrid, Dense, Bm25")]
    [InlineData("ArticleQA:Retrieval:TopK", "abc", "ArticleQA:Retrieval:TopK is 'abc'; allowed: a whole number from 1 to 50")]
    [InlineData("ArticleQA:Retrieval:TopK", "99", "ArticleQA:Retrieval:TopK is 99; allowed: a whole number from 1 to 50")]
    [InlineData("ArticleQA:Chunking:MaxTokens", "5", "ArticleQA:Chunking:MaxTokens is 5; allowed: a whole number from 16 to 512")]
    [InlineData("ArticleQA:Chunking:OverlapTokens", "500", "ArticleQA:Chunking:OverlapTokens is 500; allowed: a whole number smaller than ArticleQA:Chunking:MaxTokens (128)")]
    [InlineData("ArticleQA:Embedding:Model", "foo", "ArticleQA:Embedding:Model is 'foo'; allowed: one of MiniLM, ArcticXs")]
    [InlineData("ArticleQA:Answer:MinSimilarity", "2", "ArticleQA:Answer:MinSimilarity is 2; allowed: a number from 0 to 1")]
    [InlineData("ArticleQA:CorpusPath", "", "ArticleQA:CorpusPath is required; allowed: a text")]
    public void StartupValidation_BadValue_NamesTheSettingAndTheAllowedValues(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        using var services = new ServiceCollection().AddArticleQACore(configuration).BuildServiceProvider();

        var error = Assert.ThrowsAny<Exception>(() => services.GetRequiredService<IStartupValidator>().Validate());

        var failures = error is AggregateException all
            ? all.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures)
            : Assert.IsType<OptionsValidationException>(error).Failures;
        Assert.Contains(message, failures);
        Assert.DoesNotContain(failures, f => f.Contains("DataAnnotation", StringComparison.Ordinal));
    }

    [Fact]
    public void StartupValidation_Defaults_Pass()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var services = new ServiceCollection().AddArticleQACore(configuration).BuildServiceProvider();

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(3, services.GetRequiredService<IOptions<AnswerOptions>>().Value.MaxSentences);
    }
}
