using ArticleQA.Core.Answering;
using ArticleQA.Core.Embeddings;
using ArticleQA.Evaluation.Collection;
using ArticleQA.Evaluation.Running;
using ArticleQA.Evaluation.Training;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ArticleQA.IntegrationTests;

/// <summary>
/// The shipped ranker on the development collection: floors on the validation articles (which only
/// ever measured it), and retraining from the split reproduces the shipped model's figures.
/// </summary>
public sealed class CollectionTests(ArticleQAFixture fixture) : IClassFixture<ArticleQAFixture>, IDisposable
{
    private static readonly string Split = Path.Combine(TestPaths.Root, "tests", "data", "articles", ArticleCollection.SplitFileName);
    private readonly TempFolder _data = new();

    [Fact]
    public void Split_HasEnoughArticlesOfEachRole()
    {
        var articles = ArticleCollection.Load(Split);

        Assert.True(articles.Count(a => a.Role == SplitRole.Training) >= 8);
        Assert.True(articles.Count(a => a.Role == SplitRole.Validation) >= 4);
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(Split)!).Select(Path.GetFileName).Except(articles.Select(a => a.Name)));
    }

    [Fact]
    public async Task ValidationArticles_Pooled_MeetTheFloors()
    {
        var articles = ArticleCollection.Load(Split).Where(a => a.Role == SplitRole.Validation).ToList();
        var ranker = fixture.Services.GetRequiredService<RankerModel>();

        var results = await Evaluator().EvaluateAsync(articles, _ => ranker, "shipped");

        var pooled = Assert.Single(results.Pooled, p => p.Group == "validation").Summary;
        // Floors a little under the measured figures (docs/measurements.md), so that a real regression fails.
        Assert.True(pooled[EvalMetrics.AnswerAccuracy] >= Floors.ValidationAnswerAccuracy, $"answer_accuracy {pooled[EvalMetrics.AnswerAccuracy]:0.000}");
        Assert.True(pooled[EvalMetrics.CitationPrecision] >= Floors.ValidationCitationPrecision, $"citation_precision {pooled[EvalMetrics.CitationPrecision]:0.000}");
        Assert.True(pooled[EvalMetrics.AbstentionAccuracy] >= Floors.ValidationAbstention, $"abstention_accuracy {pooled[EvalMetrics.AbstentionAccuracy]:0.000}");
        Assert.True(pooled["false_abstention_rate"] <= Floors.ValidationFalseAbstentionsAtMost, $"false_abstention_rate {pooled["false_abstention_rate"]:0.000}");
        // Its citations are more precise than the BM25 sentence picker's on the same questions.
        var bm25 = results.Pooled.Single(p => p.Group == "validation").Bm25Summary;
        Assert.True(pooled[EvalMetrics.CitationPrecision] > bm25[EvalMetrics.CitationPrecision]);
    }

    [Fact]
    public async Task Retraining_ReproducesTheShippedModelsFigures()
    {
        var articles = ArticleCollection.Load(Split);
        var shipped = fixture.Services.GetRequiredService<RankerModel>();
        var settings = fixture.Services.GetRequiredService<IOptions<AnswerOptions>>().Value;
        // Features from the vectors the shipped model was trained on, as its provenance names them.
        using var services = ArticleQAFixture.Build(TestPaths.Corpus, _data.Path, EmbeddingSettings(shipped));
        var run = new TrainingRun(services, Configuration(), _data.Path);
        var examples = await run.ExamplesAsync(articles.Where(a => a.Role == SplitRole.Training), withoutSupport: true);
        var all = examples.Values.SelectMany(e => e).ToList();
        // Every answerable question with a supporting candidate is also shown without it: all negative, the support left out.
        Assert.All(all.Where(e => e.Candidates.Any(c => c.Supports)), e =>
        {
            Assert.NotEmpty(e.WithoutSupport!);
            Assert.All(e.WithoutSupport!, c => Assert.False(c.Supports));
            Assert.Empty(e.WithoutSupport!.Select(c => c.Sentence.Index).Intersect(e.Candidates.Where(c => c.Supports).Select(c => c.Sentence.Index)));
        });

        var retrained = RankerTrainer.Fit(all, shipped.Policy);

        var before = PolicySearch.Score(Predict(shipped, all), shipped.Policy, settings);
        var after = PolicySearch.Score(Predict(retrained, all), shipped.Policy, settings);
        Assert.Equal(before.AnswerAccuracy, after.AnswerAccuracy, 3);
        Assert.Equal(before.CitationPrecision, after.CitationPrecision, 3);
        Assert.Equal(before.AbstentionAccuracy, after.AbstentionAccuracy, 3);
    }

    // The settings whose vectors carry the name the provenance gives ("MiniLM", "MiniLM-int8").
    private static Dictionary<string, string?> EmbeddingSettings(RankerModel model)
    {
        Assert.True(model.Provenance is { } p && p.TryGetProperty("embedding", out _), "the shipped model's provenance names the embedding it was trained on");
        var id = model.Provenance!.Value.GetProperty("embedding").GetString();
        var (info, quantization) = EmbeddingModelInfo.All.SelectMany(m => Enum.GetValues<EmbeddingQuantization>().Select(q => (m, q)))
            .Single(c => EmbeddingModelId.Of(c.m, c.q) == id);
        return new Dictionary<string, string?>
        {
            ["ArticleQA:Embedding:Model"] = info.Name,
            ["ArticleQA:Embedding:Quantization"] = quantization.ToString(),
        };
    }

    private static List<PredictedExample> Predict(RankerModel model, IEnumerable<TrainingExample> examples) =>
        examples.Select(e => PredictedExample.Of(e, model)).ToList();

    private CollectionEvaluator Evaluator() => new(fixture.Services, Configuration(), _data.Path);

    // The settings `articleqa train` runs with.
    private static IConfiguration Configuration() =>
        new ConfigurationBuilder().AddJsonFile(Path.Combine(TestPaths.Root, "src", "ArticleQA.Cli", "appsettings.json")).Build();

    public void Dispose() => _data.Dispose();
}

/// <summary>A reference nothing in the conversation resolves is asked back, never answered about something else.</summary>
public sealed class UnresolvedReferenceTests(ArticleQAFixture fixture) : IClassFixture<ArticleQAFixture>
{
    [Fact]
    public async Task FirstMessage_HisCompany_IsAskedBack()
    {
        var answer = await fixture.Memory.AskAsync("How much has his company invested in R&D?", new Core.Conversation.ConversationHistory());

        Assert.True(answer.NoResult);
        Assert.Equal(NoResultReasons.UnresolvedReference, answer.NoResultReason);
        Assert.Equal("Whose company do you mean? Please name the person you are asking about.", answer.Result);
        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("louisa-may-alcott", "When was she born?", "Louisa May Alcott")]
    [InlineData("fridtjof-nansen", "Where did he study?", "Fridtjof Nansen")]
    public async Task FirstMessage_OfAnArticleAboutOnePerson_IsAskedOfThatPerson(string article, string question, string person)
    {
        using var data = new TempFolder();
        var settings = new ConfigurationBuilder().AddJsonFile(Path.Combine(TestPaths.Root, "src", "ArticleQA.Cli", "appsettings.json")).Build();
        using var workspace = ArticleWorkspace.Open(
            Path.Combine(TestPaths.Root, "tests", "data", "articles", article), data.Path, fixture.Services.GetRequiredService<RankerModel>(), fixture.Services, settings);

        var answer = await workspace.Memory.AskAsync(question, new Core.Conversation.ConversationHistory());

        Assert.NotEqual(NoResultReasons.UnresolvedReference, answer.NoResultReason);
        Assert.Contains(person, answer.StandaloneQuestion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAQuestionThatNamesHim_TheFollowUpIsAnswered()
    {
        var history = new Core.Conversation.ConversationHistory();
        await fixture.Memory.AskAsync("Who is Lei Jun?", history);

        var answer = await fixture.Memory.AskAsync("How much has his company invested in R&D?", history);

        Assert.False(answer.NoResult);
        Assert.Contains("105 billion", answer.Result, StringComparison.Ordinal);
    }
}
