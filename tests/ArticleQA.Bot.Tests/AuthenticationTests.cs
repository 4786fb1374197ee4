using System.Net;

namespace ArticleQA.Bot.Tests;

/// <summary>With an app id configured, only requests carrying a valid Bot Framework token get through.</summary>
public sealed class AuthenticationTests(AuthenticatedBotFactory factory) : IClassFixture<AuthenticatedBotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(null)]
    [InlineData("garbage")]
    [InlineData("Bearer")]
    [InlineData("Bearer not-a-token")]
    [InlineData("Bearer aaa.bbb.ccc")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Post_WithoutValidToken_Is401(string? authorization)
    {
        var activity = Activities.Message("How much has Xiaomi invested in R&D?", Activities.NewConversation());

        using var response = await Activities.PostRawAsync(_client, activity.ToJsonString(), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("105 billion", await response.Content.ReadAsStringAsync());
    }
}
