using System.Net;
using ArticleQA.Bot.DirectLine;
using ArticleQA.Bot.Replies;
using ArticleQA.Core;
using Microsoft.Extensions.Options;

namespace ArticleQA.Bot.Hosting;

/// <summary>
/// The local Web Chat page at <c>/</c>, titled after the article, and the official Web Chat
/// bundle it loads from <c>/webchat/webchat.js</c>, talking to the host's own Direct Line endpoint.
/// </summary>
public static class WebChatPage
{
    private const string TemplateResource = "ArticleQA.Bot.WebChatPage.html";
    private const string ScriptResource = "ArticleQA.Bot.WebChatPage.js";

    /// <summary>Maps <c>GET /</c>, the page's script <c>GET /webchat/page.js</c> and <c>GET /webchat/webchat.js</c>.</summary>
    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", PageAsync);
        app.MapGet("/webchat/page.js", async () => Results.Text(await ReadResourceAsync(ScriptResource).ConfigureAwait(false), "text/javascript; charset=utf-8"));
        app.MapGet("/webchat/webchat.js", (IOptions<DirectLineOptions> options) =>
        {
            var bundle = RepositoryPaths.Resolve(options.Value.WebChatBundle);
            return File.Exists(bundle)
                ? Results.File(bundle, "text/javascript; charset=utf-8")
                : Results.Text("The Web Chat bundle is not installed: run 'npm ci' in src/ArticleQA.Bot/webchat.", statusCode: StatusCodes.Status404NotFound);
        });
        return app;
    }

    private static async Task<IResult> PageAsync(ArticleCatalog catalog, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        string title;
        try
        {
            title = string.Join(" · ", await catalog.TitlesAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The page still works; the bot apologises when asked while the index is unavailable.
            loggers.CreateLogger(typeof(WebChatPage)).LogWarning(e, "The article titles are unavailable for the Web Chat page");
            title = "ArticleQA";
        }

        var html = (await ReadResourceAsync(TemplateResource).ConfigureAwait(false)).Replace("{{TITLE}}", WebUtility.HtmlEncode(title), StringComparison.Ordinal);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<string> ReadResourceAsync(string name)
    {
        await using var stream = typeof(WebChatPage).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync().ConfigureAwait(false);
    }
}
