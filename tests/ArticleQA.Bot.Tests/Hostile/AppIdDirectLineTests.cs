using System.Net;

namespace ArticleQA.Bot.Tests.Hostile;

/// <summary>Finding 6: with an app id and neither a Direct Line secret nor AllowAnonymous, Direct Line is off.</summary>
public sealed class AppIdDirectLineTests(AuthenticatedBotFactory factory) : IClassFixture<AuthenticatedBotFactory>
{
    [Theory]
    [InlineData("POST", "/v3/directline/tokens/generate")]
    [InlineData("POST", "/v3/directline/conversations")]
    [InlineData("GET", "/")]
    public async Task DirectLine_WithAppIdButNoSecret_IsOff(string method, string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
