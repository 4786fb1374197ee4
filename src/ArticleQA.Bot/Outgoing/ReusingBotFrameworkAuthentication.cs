using System.Security.Claims;
using ArticleQA.Bot.Protection;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ArticleQA.Bot.Outgoing;

/// <summary>
/// Keeps the connector client (per app id, serviceUrl and audience) and the user-token client (per
/// app id) that the Bot Framework's <c>CloudAdapter</c> otherwise creates and disposes on every turn.
/// Authentication itself is untouched: every request still goes through the inner authentication,
/// and a client is only created by it. At most <paramref name="capacity"/> clients of each kind are
/// kept (serviceUrls come from the activities), after which new ones live for one turn as before.
/// </summary>
public sealed class ReusingBotFrameworkAuthentication(BotFrameworkAuthentication inner, int capacity = ReusingBotFrameworkAuthentication.DefaultCapacity)
    : DelegatingBotFrameworkAuthentication(inner), IDisposable
{
    /// <summary>How many clients of each kind are kept unless told otherwise.</summary>
    public const int DefaultCapacity = 64;

    private readonly KeptClients<(string? AppId, string? ServiceUrl, string? Audience), IConnectorClient> _connectors =
        new(client => new SharedConnectorClient(client), capacity);

    private readonly KeptClients<string, UserTokenClient> _userTokens = new(client => new SharedUserTokenClient(client), capacity);

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await Inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        if (result.ConnectorFactory is { } factory) result.ConnectorFactory = new ReusingConnectorFactory(factory, AppIdOf(result.ClaimsIdentity), _connectors);
        return result;
    }

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new ReusingConnectorFactory(Inner.CreateConnectorFactory(claimsIdentity), AppIdOf(claimsIdentity), _connectors);

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        _userTokens.GetAsync(AppIdOf(claimsIdentity) ?? "", () => Inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken));

    /// <summary>Disposes the kept clients.</summary>
    public void Dispose()
    {
        _connectors.Dispose();
        _userTokens.Dispose();
    }

    // The bot's app id as the SDK reads it to make both clients: the audience claim of a channel's
    // token, else the app id claim (Emulator), else none (anonymous).
    private static string? AppIdOf(ClaimsIdentity? identity) =>
        (identity?.Claims.SingleOrDefault(claim => claim.Type == AuthenticationConstants.AudienceClaim)
         ?? identity?.Claims.SingleOrDefault(claim => claim.Type == AuthenticationConstants.AppIdClaim))?.Value;

    private sealed class ReusingConnectorFactory(
        ConnectorFactory inner,
        string? appId,
        KeptClients<(string? AppId, string? ServiceUrl, string? Audience), IConnectorClient> kept) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            kept.GetAsync((appId, serviceUrl, audience), () => inner.CreateAsync(serviceUrl, audience, cancellationToken));
    }
}
