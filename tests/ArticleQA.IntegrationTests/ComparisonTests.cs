using ArticleQA.Core;
using ArticleQA.Core.Retrieval;
using ArticleQA.Evaluation;
using ArticleQA.Evaluation.Comparison;
using ArticleQA.Evaluation.Running;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ArticleQA.IntegrationTests;

/// <summary><c>eval --compare</c> on the real pipeline: each configuration in a host of its own.</summary>
public sealed class ComparisonTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task RunAsync_TwoModelsAndLucene_EachRunsWithItsOwnSettings()
    {
        var questions = (await QuestionSet.ReadAsync(TestPaths.Questions)).Take(12).ToList();
        var (catalog, _) = EvalConfigurations.Catalog(new EvalConfigurations.Configured(RetrievalMode.Hybrid, "MiniLM", null));
        var chosen = catalog.Where(c => c.Name is "hybrid-minilm" or "dense-arcticxs" or "lucene-bm25-minilm").ToList();
        var runner = new ComparisonRunner(CreateHost);

        var runs = await runner.RunAsync(questions, chosen, parallelism: 3);

        Assert.Equal(["hybrid-minilm", "dense-arcticxs", "lucene-bm25-minilm"], runs.Select(r => r.ConfigName));
        Assert.Equal(("hybrid", "MiniLM"), (runs[0].Config.Retrieval, runs[0].Config.EmbeddingModel));
        Assert.Equal(("dense", "ArcticXs"), (runs[1].Config.Retrieval, runs[1].Config.EmbeddingModel));
        Assert.Equal(("lucene-bm25", "MiniLM"), (runs[2].Config.Retrieval, runs[2].Config.EmbeddingModel));
        Assert.All(runs, r => Assert.Equal(questions.Select(q => q.Id), r.Items.Select(i => i.Id)));
        Assert.All(runs, r => Assert.True(r.Summary![EvalMetrics.RetrievalRecallAt5] >= 0.75, $"{r.ConfigName}: {r.Summary![EvalMetrics.RetrievalRecallAt5]}"));
        // Lucene ranks by its own BM25: its passage scores are not our fused ones.
        Assert.NotEqual(runs[0].Items[0].Retrieved.Select(p => p.Score), runs[2].Items[0].Retrieved.Select(p => p.Score));
    }

    [Fact]
    public async Task RunAsync_Parallel_GivesTheSameAnswersAsSequential()
    {
        var questions = (await QuestionSet.ReadAsync(TestPaths.Questions)).Take(20).ToList();
        using var host = CreateHost(new Dictionary<string, string?>());
        var runner = host.Services.GetRequiredService<EvalRunner>();

        var sequential = await runner.RunAsync(questions);
        var parallel = await runner.RunAsync(questions, parallelism: 4);

        Assert.Equal(sequential.Items.Select(i => (i.Id, i.Answer)), parallel.Items.Select(i => (i.Id, i.Answer)));
        Assert.Equal(sequential.Summary![EvalMetrics.AnswerAccuracy], parallel.Summary![EvalMetrics.AnswerAccuracy]);
    }

    public void Dispose() => _data.Dispose();

    private IHost CreateHost(IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ArticleQA:CorpusPath"] = TestPaths.Corpus,
            ["ArticleQA:DataPath"] = _data.Path,
        });
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Services.AddArticleQACore(builder.Configuration).AddArticleQAEvaluation();
        return builder.Build();
    }
}
