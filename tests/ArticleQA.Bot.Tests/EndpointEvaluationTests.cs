using ArticleQA.Core;
using ArticleQA.Evaluation.Endpoint;
using ArticleQA.Evaluation.Reports;
using ArticleQA.Evaluation.Running;

namespace ArticleQA.Bot.Tests;

/// <summary><c>eval --endpoint</c>: the black-box evaluator against the real bot host in process.</summary>
public sealed class EndpointEvaluationTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private const string LighthouseSupport = "To date, China is home to 79 lighthouse factories";

    private static readonly EvalQuestion[] Questions =
    [
        new()
        {
            Id = "lighthouse", Question = "How many lighthouse factories are in China?", Tags = ["numeric"],
            Expected = new EvalExpectation { Contains = [["79"]], Support = [LighthouseSupport], Answer = "79" },
        },
        new()
        {
            Id = "follow-up", Question = "How much has his company invested in R&D?", History = ["Who is Lei Jun?"], Tags = ["follow-up"],
            Expected = new EvalExpectation { Contains = [["105 billion"]], Support = ["has invested 105 billion yuan ($14 billion) in research and development"] },
        },
        new()
        {
            Id = "revenue", Question = "Who won the 1998 football World Cup?", Tags = ["unanswerable"],
            Expected = new EvalExpectation { Unanswerable = true },
        },
    ];

    [Fact]
    public async Task RunAsync_RealBot_ScoresAnswersCitationsFollowUpsAndAbstentions()
    {
        using var client = factory.CreateClient();
        var corpus = RepositoryPaths.Resolve("corpus");
        var evaluator = new BotEndpointEvaluator(client, new Uri(client.BaseAddress!, "/api/messages"), new ParagraphSource(corpus));

        var results = await evaluator.RunAsync(Questions, parallelism: 2);

        Assert.Equal(["lighthouse", "follow-up", "revenue"], results.Items.Select(i => i.Id));
        var lighthouse = results.Items[0];
        Assert.Contains("79", lighthouse.Answer, StringComparison.Ordinal);
        Assert.False(lighthouse.Abstained);
        var citation = lighthouse.Citations[0];
        Assert.Equal((1, "powering-up.txt"), (citation.N, citation.Source));
        Assert.True(citation.Paragraph > 0);
        // The entity carries a shortened quote; its offsets are found in the local copy of the article.
        var article = await File.ReadAllTextAsync(Path.Combine(corpus, "powering-up.txt"));
        Assert.Equal(citation.Quote, article[citation.Start..citation.End]);
        Assert.Contains("105 billion", results.Items[1].Answer, StringComparison.Ordinal);
        Assert.True(results.Items[2].Abstained);
        Assert.Empty(results.Items[2].Citations);
        Assert.Equal(1.0, results.Summary![EvalMetrics.AnswerAccuracy]);
        Assert.Equal(1.0, results.Summary[EvalMetrics.CitationRecall]);
        Assert.Equal(1.0, results.Summary[EvalMetrics.AbstentionAccuracy]);
        Assert.Equal("endpoint", results.ConfigName);
    }

    [Fact]
    public async Task RunAsync_WrongPath_FailsWithOneLineNamingTheStatus()
    {
        using var client = factory.CreateClient();
        var evaluator = new BotEndpointEvaluator(client, new Uri(client.BaseAddress!, "/api/nothing-here"));

        var error = await Assert.ThrowsAsync<EndpointException>(() => evaluator.RunAsync(Questions));

        Assert.Contains("404", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
