using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ArticleQA.Bot.Protection;

/// <summary>
/// A <see cref="BotFrameworkAuthentication"/> that hands every call to <paramref name="inner"/>; the
/// wrappers of this host derive from it and override only what they change.
/// </summary>
public abstract class DelegatingBotFrameworkAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    /// <summary>The authentication every call goes to.</summary>
    protected BotFrameworkAuthentication Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <inheritdoc />
    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);

    /// <inheritdoc />
    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    /// <inheritdoc />
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        Inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => Inner.CreateConnectorFactory(claimsIdentity);

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    /// <inheritdoc />
    public override BotFrameworkClient CreateBotFrameworkClient() => Inner.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => Inner.GetOriginatingAudience();
}
