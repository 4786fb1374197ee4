namespace ArticleQA.Bot.Outgoing;

/// <summary>
/// The last check on every request the Bot Framework connector sends: a URL the
/// <see cref="ServiceUrlPolicy"/> refuses is never contacted.
/// </summary>
public sealed class ServiceUrlGuardHandler(ServiceUrlPolicy policy) : DelegatingHandler
{
    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is { } url && url.AbsolutePath.Contains("/v3/conversations", StringComparison.OrdinalIgnoreCase)
            && policy.Problem(url.GetLeftPart(UriPartial.Authority) + "/") is { } problem)
        {
            throw new HttpRequestException($"Refused to post to {url.GetLeftPart(UriPartial.Authority)}: {problem}.");
        }

        return base.SendAsync(request, cancellationToken);
    }
}
