using Microsoft.Extensions.Options;

namespace ArticleQA.Bot.Hosting;

/// <summary>
/// Headers on every response (<c>X-Content-Type-Options: nosniff</c>, <c>Referrer-Policy: no-referrer</c>)
/// and, on HTML pages, a Content-Security-Policy that runs only the host's own scripts and lets only
/// <see cref="BotOptions.FrameAncestors"/> embed the page.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Adds the headers to every response.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ApplicationServices.GetRequiredService<IOptions<BotOptions>>().Value;
        var frameAncestors = options.FrameAncestors;
        var publicStream = Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var site)
            ? $" {(site.Scheme == Uri.UriSchemeHttps ? "wss" : "ws")}://{site.Authority}"
            : "";
        // Web Chat styles itself with inline style elements, and talks to the host's own Direct Line
        // (same origin, its WebSocket included, or the public base URL's); images may be data: or blob: URLs it makes.
        var policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
            $"connect-src 'self'{publicStream}; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors {frameAncestors}";
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    headers.ContentSecurityPolicy = policy;
                    if (frameAncestors.Trim() == "'none'") headers.XFrameOptions = "DENY";
                }

                return Task.CompletedTask;
            });
            await next(context).ConfigureAwait(false);
        });
    }
}
