using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ArticleQA.Bot.Protection;

/// <summary>
/// Wraps the configured Bot Framework authentication so that a token that cannot be validated for
/// any reason (forged, expired, unsigned, or the signing keys cannot be fetched: IDX20803) is refused
/// as <see cref="UnauthorizedAccessException"/>, which the adapter answers with 401, and never
/// escapes as a 500. The reason is logged; the token never is.
/// </summary>
public sealed class RefusingBotFrameworkAuthentication(BotFrameworkAuthentication inner, ILogger<RefusingBotFrameworkAuthentication> logger) : DelegatingBotFrameworkAuthentication(inner)
{
    /// <inheritdoc />
    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        RefuseOnFailureAsync(() => Inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        RefuseOnFailureAsync(() => Inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        RefuseOnFailureAsync(() => Inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken), cancellationToken);

    private async Task<T> RefuseOnFailureAsync<T>(Func<Task<T>> authenticate, CancellationToken cancellationToken)
    {
        try
        {
            return await authenticate().ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException e)
        {
            logger.LogWarning("Refused a request: its token is not valid ({Reason})", OneLine(e));
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The SDK lets some failures escape as other exceptions; every one of them means "not authenticated".
            logger.LogWarning("Refused a request: its token could not be validated ({Reason})", OneLine(e));
            throw new UnauthorizedAccessException("The token could not be validated.");
        }
    }

    // The exception's type and message, first line only: messages name keys and issuers, never the token.
    private static string OneLine(Exception e) => e.GetType().Name + ": " + Shorten(e.Message.Split('\n')[0]);

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
