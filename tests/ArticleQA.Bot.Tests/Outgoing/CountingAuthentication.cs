using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace ArticleQA.Bot.Tests.Outgoing;

/// <summary>
/// A Bot Framework authentication that accepts every request as <see cref="Identity"/> and records
/// the clients it creates, as the SDK's would create a fresh pair for every turn.
/// </summary>
internal sealed class CountingAuthentication : BotFrameworkAuthentication
{
    /// <summary>The connector clients created, in order.</summary>
    public List<FakeConnectorClient> Connectors { get; } = [];

    /// <summary>The user-token clients created, in order.</summary>
    public List<FakeUserTokenClient> UserTokens { get; } = [];

    /// <summary>The requests authenticated.</summary>
    public int Authentications { get; private set; }

    /// <summary>A channel's identity: its token's audience is the bot's app id.</summary>
    public static ClaimsIdentity Identity(string appId) => new([new Claim(AuthenticationConstants.AudienceClaim, appId)], "Bearer");

    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        Authentications++;
        if (authHeader != "Bearer good") throw new UnauthorizedAccessException();
        var identity = Identity("bot-app");
        return Task.FromResult(new AuthenticateRequestResult
        {
            ClaimsIdentity = identity,
            Audience = "channel-audience",
            CallerId = "urn:botframework:azure",
            ConnectorFactory = CreateConnectorFactory(identity),
        });
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => new Factory(this);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
    {
        var client = new FakeUserTokenClient();
        UserTokens.Add(client);
        return Task.FromResult<UserTokenClient>(client);
    }

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public override BotFrameworkClient CreateBotFrameworkClient() => throw new NotSupportedException();

    public override string GetOriginatingAudience() => "channel-audience";

    private sealed class Factory(CountingAuthentication owner) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            var client = new FakeConnectorClient(new Uri(serviceUrl));
            owner.Connectors.Add(client);
            return Task.FromResult<IConnectorClient>(client);
        }
    }
}

/// <summary>A connector client that only knows its URL and whether it was disposed.</summary>
internal sealed class FakeConnectorClient(Uri baseUri) : IConnectorClient
{
    public bool Disposed { get; private set; }

    public Uri BaseUri { get; set; } = baseUri;

    public JsonSerializerSettings SerializationSettings { get; } = new();

    public JsonSerializerSettings DeserializationSettings { get; } = new();

    public ServiceClientCredentials Credentials => MicrosoftAppCredentials.Empty;

    public IAttachments Attachments => throw new NotSupportedException();

    public IConversations Conversations => throw new NotSupportedException();

    public void Dispose() => Disposed = true;
}

/// <summary>A user-token client that answers one call and knows whether it was disposed.</summary>
internal sealed class FakeUserTokenClient : UserTokenClient
{
    public bool Disposed { get; private set; }

    public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        Task.FromResult(new TokenResponse { ConnectionName = connectionName, Token = "token-for-" + userId });

    public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) => throw new NotSupportedException();

    public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) => throw new NotSupportedException();

    public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) => throw new NotSupportedException();

    protected override void Dispose(bool disposing) => Disposed = true;
}
