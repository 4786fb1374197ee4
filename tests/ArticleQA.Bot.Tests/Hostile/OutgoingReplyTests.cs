using System.Net;
using Microsoft.AspNetCore.Http;
using ArticleQA.Bot.Hosting;
using ArticleQA.Bot.Outgoing;
using Microsoft.Extensions.Configuration;

namespace ArticleQA.Bot.Tests.Hostile;

/// <summary>The bot host (no app id) with short reply timeouts.</summary>
public sealed class ShortReplyTimeoutBotFactory : BotFactory
{
    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["ArticleQA:Bot:ReplyConnectTimeoutSeconds"] = "1",
        ["ArticleQA:Bot:ReplyTimeoutSeconds"] = "1",
    };
}

/// <summary>
/// Finding 2: with no app id any caller made the bot POST to any serviceUrl, follow redirects, wait
/// on a target that never answers, and loop through its own endpoint.
/// </summary>
public sealed class OutgoingReplyTests(ShortReplyTimeoutBotFactory factory) : IClassFixture<ShortReplyTimeoutBotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Reply_ToAServiceUrlThatRedirects_NeverReachesTheRedirectTarget()
    {
        await using var target = await LoopbackServer.StartAsync(context => context.Response.WriteAsJsonAsync(new { id = "x" }));
        await using var redirector = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = target.Url + context.Request.Path.Value!.TrimStart('/');
            return Task.CompletedTask;
        });
        var activity = Activities.Message("How much has Xiaomi invested in R&D?", Activities.NewConversation(), expectReplies: false, serviceUrl: redirector.Url);

        using var response = await Activities.PostRawAsync(_client, activity.ToJsonString());

        Assert.True((int)response.StatusCode < 500, $"HTTP {(int)response.StatusCode}");
        Assert.True(redirector.Requests >= 1);
        Assert.Equal(0, target.Requests);
        Assert.True(factory.Logs.Messages.Any(m => m.Contains("could not be delivered", StringComparison.Ordinal)), string.Join("\n", factory.Logs.Messages));
        Assert.Empty(factory.Logs.Exceptions);
    }

    [Fact]
    public async Task Reply_ToAServiceUrlThatNeverAnswers_EndsAtTheResponseTimeout()
    {
        await using var hanging = await LoopbackServer.StartAsync(context => Task.Delay(Timeout.Infinite, context.RequestAborted));
        var activity = Activities.Message("Who is Lei Jun?", Activities.NewConversation(), expectReplies: false, serviceUrl: hanging.Url);

        using var response = await Activities.PostRawAsync(_client, activity.ToJsonString());

        Assert.True((int)response.StatusCode < 500, $"HTTP {(int)response.StatusCode}");
        Assert.Equal(1, hanging.Requests);
        Assert.Contains(factory.Logs.Messages, m => m.Contains("could not be delivered", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://attacker.invalid/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://169.254.169.254/")]
    public async Task Post_WithAServiceUrlThatIsNeitherLoopbackNorAllowed_Is400(string serviceUrl)
    {
        var activity = Activities.Message("Who is Lei Jun?", Activities.NewConversation(), expectReplies: false, serviceUrl: serviceUrl);

        using var response = await Activities.PostRawAsync(_client, activity.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_ExpectingReplies_NeedsNoReachableServiceUrl()
    {
        var replies = await Activities.ExchangeAsync(_client, Activities.Message("Who is Lei Jun?", Activities.NewConversation(), serviceUrl: "https://attacker.invalid/"));

        Assert.NotEmpty(Activities.Messages(replies));
    }
}

/// <summary>Which serviceUrls replies may go to.</summary>
public sealed class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("http://127.0.0.1:9/", "", null)]
    [InlineData("http://localhost:3978/", "", null)]
    [InlineData("http://[::1]:9/", "", null)]
    [InlineData("https://smba.trafficmanager.net/amer/", "", "neither loopback")]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/", null)]
    [InlineData("https://smba.trafficmanager.net.attacker.invalid/", "https://smba.trafficmanager.net/", "neither loopback")]
    [InlineData("http://smba.trafficmanager.net/", "https://smba.trafficmanager.net/", "neither loopback")]
    [InlineData("ftp://127.0.0.1/", "", "not an http(s) URL")]
    public void Anonymous_AllowsLoopbackAndListedUrlsOnly(string serviceUrl, string allowed, string? problem)
    {
        var policy = Policy(appId: "", allowed: allowed);

        var found = policy.Problem(serviceUrl);

        if (problem is null) Assert.Null(found);
        else Assert.Contains(problem, found);
    }

    [Fact]
    public void WithAnAppId_TheTokenVouchesForTheServiceUrl_ButNeverTheHostItself()
    {
        var policy = Policy(appId: AuthenticatedBotFactory.AppId, allowed: "", publicBase: "https://bot.invalid/");

        Assert.Null(policy.Problem("https://smba.trafficmanager.net/amer/"));
        Assert.Contains("own endpoint", policy.Problem("https://bot.invalid/"));
    }

    private static ServiceUrlPolicy Policy(string appId, string allowed, string? publicBase = null)
    {
        var options = new BotOptions { PublicBaseUrl = publicBase };
        if (allowed.Length > 0) options.AllowedServiceUrls.Add(allowed);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = appId }).Build();
        return new ServiceUrlPolicy(Microsoft.Extensions.Options.Options.Create(options), configuration);
    }
}
