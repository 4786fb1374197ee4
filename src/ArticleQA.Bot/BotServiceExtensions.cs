using ArticleQA.Bot.Bots;
using ArticleQA.Bot.DirectLine;
using ArticleQA.Bot.Hosting;
using ArticleQA.Bot.Outgoing;
using ArticleQA.Bot.Protection;
using ArticleQA.Bot.Replies;
using ArticleQA.Bot.State;
using ArticleQA.Core;
using ArticleQA.Core.Storage;
using ArticleQA.Llm;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ArticleQA.Bot;

/// <summary>Registers and maps the ArticleQA Bot Framework host.</summary>
public static class BotServiceExtensions
{
    /// <summary>
    /// Adds the core answering services, Bot Framework authentication from the
    /// <c>MicrosoftApp*</c> settings (with the connector and user-token clients kept across turns), the adapter, conversation state (memory or Redis by
    /// <c>ArticleQA:State:Provider</c>, unless another <see cref="IStorage"/> is registered first),
    /// telemetry export when configured, the bot, request checks, index warm-up and the index file watcher.
    /// </summary>
    public static IHostApplicationBuilder AddArticleQABot(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddArticleQACore(builder.Configuration);
        services.AddArticleQALlm(builder.Configuration);
        services.AddValidatedOptions<BotOptions>(builder.Configuration, BotOptions.SectionName);

        services.AddHttpClient();
        services.AddControllers();
        services.AddOutgoingReplies();
        services.AddSingleton<PublicEndpoint>();
        // Tokens are checked (and refused) on every request; the clients the turns use are kept.
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ReusingBotFrameworkAuthentication(
            new RefusingBotFrameworkAuthentication(
                new ConfigurationBotFrameworkAuthentication(
                    builder.Configuration,
                    httpClientFactory: sp.OutgoingFactory(),
                    logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
                sp.GetRequiredService<ILogger<RefusingBotFrameworkAuthentication>>())));
        services.AddSingleton<AdapterWithErrorHandler>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        services.AddArticleQAState(builder.Configuration);
        services.AddArticleQATelemetry(builder.Configuration);
        services.AddSingleton<ArticleCatalog>();
        services.AddSingleton<SourceLinks>();
        services.AddSingleton<CitedReplyFactory>();
        services.AddTransient<IBot, ArticleQABot>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Streaming.TeamsStreamingReply>();
        services.AddSingleton<ConversationRateLimiter>();
        services.AddSingleton<RequestGate>();
        services.AddHostedService<IndexWarmupService>();
        services.AddDirectLine(builder.Configuration);
        services.AddSingleton<IndexFileWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<IndexFileWatcher>());
        return builder;
    }

    /// <summary>
    /// Maps <c>POST /api/messages</c>, <c>GET /healthz</c>, the cited articles under <c>/articles/</c>,
    /// and (unless <c>ArticleQA:DirectLine:Enabled</c> is false) Direct Line under <c>/v3/directline</c> and the Web Chat page at <c>/</c>.
    /// </summary>
    public static WebApplication MapArticleQABot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurityHeaders();
        app.MapControllers();
        var directLine = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        var appIdSet = !string.IsNullOrWhiteSpace(app.Configuration["MicrosoftAppId"]);
        if (directLine.Enabled && appIdSet && string.IsNullOrEmpty(directLine.Secret) && !directLine.AllowAnonymous)
        {
            app.Logger.LogWarning("Direct Line at /v3/directline and the Web Chat page at / are off: MicrosoftAppId is set but ArticleQA:DirectLine:Secret is not. Set the secret, or ArticleQA:DirectLine:AllowAnonymous=true to let anyone talk to the bot.");
        }
        else if (directLine.Enabled)
        {
            if (string.IsNullOrEmpty(directLine.Secret) && appIdSet)
                app.Logger.LogWarning("Direct Line at /v3/directline and the Web Chat page at / are open to anyone (ArticleQA:DirectLine:AllowAnonymous=true).");
            app.UseWebSockets();
            app.MapDirectLine();
            app.MapWebChatPage();
        }

        app.MapGet("/healthz", HealthEndpoint.CheckAsync);
        app.MapGet("/articles/{name}", (string name, IOptions<ArticleQAOptions> options) =>
        {
            // Only plain file names inside the corpus folder, never a path.
            var corpus = RepositoryPaths.Resolve(options.Value.CorpusPath);
            var path = Path.Combine(corpus, name);
            if (name != Path.GetFileName(name) || !File.Exists(path)) return Results.NotFound();
            new FileExtensionContentTypeProvider().TryGetContentType(path, out var contentType);
            return Results.File(path, contentType ?? "text/plain; charset=utf-8");
        });
        return app;
    }
}
