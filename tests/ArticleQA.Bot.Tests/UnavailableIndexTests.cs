using System.Net;

namespace ArticleQA.Bot.Tests;

/// <summary>When the index cannot be loaded the host says so, and users get an apology, not a stack trace.</summary>
public sealed class UnavailableIndexTests(MissingCorpusBotFactory factory) : IClassFixture<MissingCorpusBotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Healthz_IndexNotLoaded_Is503()
    {
        using var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Message_AnsweringFails_RepliesWithApologyWithoutDetails()
    {
        var replies = await Activities.ExchangeAsync(_client, Activities.Message("How much has Xiaomi invested in R&D?", Activities.NewConversation()));

        var text = Assert.Single(Activities.Messages(replies)).GetProperty("text").GetString()!;
        Assert.Contains("Sorry", text);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain(" at ", text);
    }
}
