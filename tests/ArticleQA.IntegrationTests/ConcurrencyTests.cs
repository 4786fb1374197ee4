using ArticleQA.Core.Conversation;

namespace ArticleQA.IntegrationTests;

/// <summary>
/// One ArticleMemory (one ONNX session, one index, one BM25) serving many callers at once gives
/// each the same answer it gives alone.
/// </summary>
public sealed class ConcurrencyTests(ArticleQAFixture fixture) : IClassFixture<ArticleQAFixture>
{
    private static readonly string[] Questions =
    [
        "How much has Xiaomi invested in R&D?",
        "Who is Lei Jun?",
        "How many lighthouse factories are in China?",
        "What are new quality productive forces?",
        "Who is Pan Jiaofeng?",
        "What is the best recipe for chocolate cake?",
    ];

    [Fact]
    public async Task ManyConcurrentQuestionsAndConversations_GetTheSameAnswersAsSequentially()
    {
        var expected = new Dictionary<string, string>();
        foreach (var question in Questions) expected[question] = (await fixture.Memory.AskAsync(question)).Result;
        var expectedFollowUp = await FollowUpAsync();

        var singles = Enumerable.Range(0, 96).Select(i => Questions[i % Questions.Length])
            .Select(q => Task.Run(async () => (q, (await fixture.Memory.AskAsync(q)).Result)));
        var conversations = Enumerable.Range(0, 16).Select(_ => Task.Run(FollowUpAsync));
        var answers = await Task.WhenAll(singles);
        var followUps = await Task.WhenAll(conversations);

        Assert.All(answers, a => Assert.Equal(expected[a.q], a.Result));
        Assert.All(followUps, f => Assert.Equal(expectedFollowUp, f));
        Assert.Contains("105 billion", expectedFollowUp);
    }

    private async Task<string> FollowUpAsync()
    {
        var history = new ConversationHistory();
        await fixture.Memory.AskAsync("Who is Lei Jun?", history);
        return (await fixture.Memory.AskAsync("How much has his company invested in R&D?", history)).Result;
    }
}
