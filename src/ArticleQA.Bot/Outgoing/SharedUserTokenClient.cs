using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ArticleQA.Bot.Outgoing;

/// <summary>A kept user-token client as one turn sees it: everything goes to it, except <c>Dispose</c>.</summary>
internal sealed class SharedUserTokenClient(UserTokenClient kept) : UserTokenClient
{
    public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        kept.GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

    public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        kept.GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

    public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        kept.SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

    public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        kept.GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

    public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        kept.GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

    public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        kept.ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

    /// <summary>Nothing: the client outlives the turn; <see cref="KeptClients{TKey, TClient}"/> disposes it.</summary>
    protected override void Dispose(bool disposing)
    {
    }
}
