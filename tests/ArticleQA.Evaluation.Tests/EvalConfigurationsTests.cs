using ArticleQA.Core.Retrieval;
using ArticleQA.Evaluation.Comparison;

namespace ArticleQA.Evaluation.Tests;

public sealed class EvalConfigurationsTests
{
    private static readonly EvalConfigurations.Configured Default = new(RetrievalMode.Hybrid, "MiniLM", null);

    [Fact]
    public void Catalog_HasEveryModeWithEveryModelAndLucene_PrimaryFirstAndOnce()
    {
        var (run, _) = EvalConfigurations.Catalog(Default);

        Assert.Equal(
            ["hybrid-minilm", "dense-minilm", "bm25-minilm", "hybrid-arcticxs", "dense-arcticxs", "bm25-arcticxs", "lucene-bm25-minilm"],
            run.Select(c => c.Name));
        Assert.Empty(run[0].Settings);
        Assert.Equal("ArcticXs", run.Single(c => c.Name == "dense-arcticxs").Settings["ArticleQA:Embedding:Model"]);
        Assert.Equal("Dense", run.Single(c => c.Name == "dense-arcticxs").Settings["ArticleQA:Retrieval:Mode"]);
        Assert.NotNull(run.Single(c => c.Name == "lucene-bm25-minilm").Ranker);
    }

    [Fact]
    public void Catalog_WithoutLlm_SkipsTheLlmConfigurationWithAReason()
    {
        var (run, skipped) = EvalConfigurations.Catalog(Default with { LlmProvider = "none" });

        Assert.DoesNotContain(run, c => c.Name.StartsWith("llm", StringComparison.Ordinal));
        Assert.Contains("ArticleQA:Llm:Provider", Assert.Single(skipped).Reason);
    }

    [Fact]
    public void Catalog_WithLlm_ThePrimaryIsTheLlmAndTheOthersForceItOff()
    {
        var (run, skipped) = EvalConfigurations.Catalog(Default with { LlmProvider = "openai" });

        Assert.Equal("llm-hybrid-minilm", run[0].Name);
        Assert.Empty(skipped);
        Assert.All(run.Skip(1), c => Assert.Equal("none", c.Settings[EvalConfigurations.LlmProviderKey]));
        Assert.Contains(run, c => c.Name == "hybrid-minilm");
    }

    [Fact]
    public void Select_Names_RunsThePrimaryAndThoseNamed()
    {
        var (run, _) = EvalConfigurations.Select(Default, "bm25-arcticxs, LUCENE-BM25-MINILM");

        Assert.Equal(["hybrid-minilm", "bm25-arcticxs", "lucene-bm25-minilm"], run.Select(c => c.Name));
    }

    [Fact]
    public void Select_UnknownName_FailsListingTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => EvalConfigurations.Select(Default, "hybrid-minilm,bm26"));

        Assert.Contains("'bm26'", error.Message);
        Assert.Contains("lucene-bm25-minilm", error.Message);
    }

    [Theory]
    [InlineData("out/results.json", "out/results.bm25-minilm.json")]
    [InlineData("results", "results.bm25-minilm.json")]
    public void ResultsPath_PutsTheNameBeforeTheExtension(string primary, string expected)
    {
        var configuration = new EvalConfiguration("bm25-minilm", "", new Dictionary<string, string?>());

        Assert.Equal(expected, EvalConfigurations.ResultsPath(primary, configuration));
    }
}
