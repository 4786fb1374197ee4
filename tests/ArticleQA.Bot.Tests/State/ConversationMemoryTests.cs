namespace ArticleQA.Bot.Tests.State;

/// <summary>Every turn is kept, not only the first: state read back from storage is a copy that must be set again.</summary>
public sealed class ConversationMemoryTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ThirdTurn_FollowsUpOnTheSecondTurn()
    {
        var conversation = Activities.NewConversation();
        await Activities.ExchangeAsync(_client, Activities.Message("Who is Pan Jiaofeng?", conversation));
        await Activities.ExchangeAsync(_client, Activities.Message("Who is Lei Jun?", conversation));

        var replies = await Activities.ExchangeAsync(_client, Activities.Message("How much has his company invested in R&D?", conversation));

        Assert.Contains("105 billion", Assert.Single(Activities.Messages(replies)).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Reset_AfterSeveralTurns_ForgetsThemAll()
    {
        var conversation = Activities.NewConversation();
        await Activities.ExchangeAsync(_client, Activities.Message("Who is Pan Jiaofeng?", conversation));
        await Activities.ExchangeAsync(_client, Activities.Message("Who is Lei Jun?", conversation));
        await Activities.ExchangeAsync(_client, Activities.Message("/reset", conversation));

        var replies = await Activities.ExchangeAsync(_client, Activities.Message("How much has his company invested in R&D?", conversation));

        Assert.DoesNotContain("105 billion", Assert.Single(Activities.Messages(replies)).GetProperty("text").GetString());
    }
}
