using ArticleQA.Bot.Outgoing;
using Microsoft.Bot.Schema;

namespace ArticleQA.Bot.Tests.Outgoing;

/// <summary>
/// The connector and user-token clients are kept across turns, the way the adapter uses them: it asks
/// for them at the start of a turn and disposes them at its end.
/// </summary>
public sealed class ReusedClientTests
{
    private const string ChannelUrl = "https://smba.example.net/emea/";
    private static readonly Activity Message = new() { Type = ActivityTypes.Message, ServiceUrl = ChannelUrl };

    [Fact]
    public async Task Turns_ToTheSameServiceUrl_ShareOneConnectorClient_ThatOutlivesEachTurn()
    {
        var inner = new CountingAuthentication();
        using var auth = new ReusingBotFrameworkAuthentication(inner);

        for (var turn = 0; turn < 3; turn++)
        {
            var request = await auth.AuthenticateRequestAsync(Message, "Bearer good", CancellationToken.None);
            using var client = await request.ConnectorFactory.CreateAsync(ChannelUrl, request.Audience, CancellationToken.None);
            Assert.Equal(new Uri(ChannelUrl), client.BaseUri);
        }

        Assert.Equal(3, inner.Authentications);
        var created = Assert.Single(inner.Connectors);
        Assert.False(created.Disposed);
    }

    [Fact]
    public async Task Authentication_StillRunsForEveryRequest_AndARefusalIsNotHidden()
    {
        var inner = new CountingAuthentication();
        using var auth = new ReusingBotFrameworkAuthentication(inner);
        var accepted = await auth.AuthenticateRequestAsync(Message, "Bearer good", CancellationToken.None);
        using var _ = await accepted.ConnectorFactory.CreateAsync(ChannelUrl, accepted.Audience, CancellationToken.None);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => auth.AuthenticateRequestAsync(Message, "Bearer forged", CancellationToken.None));

        Assert.Equal(2, inner.Authentications);
        Assert.Equal("urn:botframework:azure", accepted.CallerId);
        Assert.Equal("channel-audience", accepted.Audience);
        Assert.Equal("bot-app", accepted.ClaimsIdentity.Claims.Single().Value);
    }

    [Fact]
    public async Task DifferentServiceUrlsAudiencesOrAppIds_GetTheirOwnConnectorClient()
    {
        var inner = new CountingAuthentication();
        using var auth = new ReusingBotFrameworkAuthentication(inner);
        var bot = auth.CreateConnectorFactory(CountingAuthentication.Identity("bot-app"));
        var otherBot = auth.CreateConnectorFactory(CountingAuthentication.Identity("other-app"));

        var first = await bot.CreateAsync(ChannelUrl, "aud", CancellationToken.None);
        var again = await auth.CreateConnectorFactory(CountingAuthentication.Identity("bot-app")).CreateAsync(ChannelUrl, "aud", CancellationToken.None);
        var otherUrl = await bot.CreateAsync("https://other.example.net/", "aud", CancellationToken.None);
        var otherAudience = await bot.CreateAsync(ChannelUrl, "skill", CancellationToken.None);
        var otherApp = await otherBot.CreateAsync(ChannelUrl, "aud", CancellationToken.None);

        Assert.Same(first, again);
        Assert.Equal(4, inner.Connectors.Count);
        Assert.Equal(4, new HashSet<object>([first, otherUrl, otherAudience, otherApp]).Count);
    }

    [Fact]
    public async Task UserTokenClient_IsKeptPerAppId_AndStillAnswers()
    {
        var inner = new CountingAuthentication();
        using var auth = new ReusingBotFrameworkAuthentication(inner);

        for (var turn = 0; turn < 3; turn++)
        {
            using var client = await auth.CreateUserTokenClientAsync(CountingAuthentication.Identity("bot-app"), CancellationToken.None);
            var token = await client.GetUserTokenAsync("user-1", "graph", "msteams", null!, CancellationToken.None);
            Assert.Equal("token-for-user-1", token.Token);
        }

        using var other = await auth.CreateUserTokenClientAsync(CountingAuthentication.Identity("other-app"), CancellationToken.None);

        Assert.Equal(2, inner.UserTokens.Count);
        Assert.All(inner.UserTokens, client => Assert.False(client.Disposed));
    }

    [Fact]
    public async Task Disposing_TheAuthentication_DisposesTheKeptClients()
    {
        var inner = new CountingAuthentication();
        var auth = new ReusingBotFrameworkAuthentication(inner);
        var identity = CountingAuthentication.Identity("bot-app");
        (await auth.CreateConnectorFactory(identity).CreateAsync(ChannelUrl, "aud", CancellationToken.None)).Dispose();
        (await auth.CreateUserTokenClientAsync(identity, CancellationToken.None)).Dispose();

        auth.Dispose();

        Assert.True(Assert.Single(inner.Connectors).Disposed);
        Assert.True(Assert.Single(inner.UserTokens).Disposed);
    }

    [Fact]
    public async Task OnceFull_NewServiceUrls_GetAClientForOneTurn_ThatTheTurnDisposes()
    {
        var inner = new CountingAuthentication();
        using var auth = new ReusingBotFrameworkAuthentication(inner, capacity: 2);
        var factory = auth.CreateConnectorFactory(CountingAuthentication.Identity("bot-app"));
        for (var i = 0; i < 4; i++)
        {
            using var client = await factory.CreateAsync($"https://channel{i}.example.net/", "aud", CancellationToken.None);
        }

        using (await factory.CreateAsync("https://channel0.example.net/", "aud", CancellationToken.None))
        {
        }

        Assert.Equal(4, inner.Connectors.Count);
        Assert.Equal([false, false, true, true], inner.Connectors.Select(client => client.Disposed));
    }
}
