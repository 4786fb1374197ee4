using System.Net;
using System.Net.Http.Headers;

namespace ArticleQA.Bot.Tests;

/// <summary>With a Direct Line secret, only its holder starts conversations or gets tokens.</summary>
public sealed class DirectLineSecretTests(DirectLineSecretBotFactory factory) : IClassFixture<DirectLineSecretBotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/tokens/generate", null)]
    [InlineData("/tokens/generate", "wrong-secret")]
    [InlineData("/conversations", null)]
    [InlineData("/conversations", "wrong-secret")]
    public async Task Start_WithoutTheSecret_Is401(string path, string? credential)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, DirectLineSession.Api + path);
        if (credential is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GenerateToken_WithTheSecret_GivesAWorkingToken()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, DirectLineSession.Api + "/tokens/generate");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DirectLineSecretBotFactory.Secret);
        using var generated = await _client.SendAsync(request);
        var body = await DirectLineSession.ReadAsync(generated);

        using var start = new HttpRequestMessage(HttpMethod.Post, DirectLineSession.Api + "/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("token").GetString());
        using var started = await _client.SendAsync(start);

        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
    }
}

/// <summary>With a Microsoft app id and AllowAnonymous, Direct Line turns still run in process, with no call to Azure.</summary>
public sealed class DirectLineWithAppIdTests(AuthenticatedAnonymousDirectLineBotFactory factory) : IClassFixture<AuthenticatedAnonymousDirectLineBotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_Message_IsAnsweredThroughTheAdapter()
    {
        var session = await DirectLineSession.StartAsync(_client);

        await session.SayAsync("How much has Xiaomi invested in R&D?");
        var (activities, _) = await session.ActivitiesAsync(1);

        Assert.Contains("105 billion", activities.Last().GetProperty("text").GetString());
    }
}
