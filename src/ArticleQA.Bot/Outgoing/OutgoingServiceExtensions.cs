using System.Net;
using ArticleQA.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ArticleQA.Bot.Outgoing;

/// <summary>The HTTP client the Bot Framework uses for replies (and its own tokens), made safe to point anywhere.</summary>
public static class OutgoingServiceExtensions
{
    /// <summary>The name of the client.</summary>
    public const string ClientName = "articleqa-bot-outgoing";

    /// <summary>
    /// Adds <see cref="ServiceUrlPolicy"/> and the named client: no redirects followed, a connect timeout
    /// (<see cref="BotOptions.ReplyConnectTimeoutSeconds"/>), a response timeout
    /// (<see cref="BotOptions.ReplyTimeoutSeconds"/>) and the policy checked on each reply.
    /// </summary>
    public static IServiceCollection AddOutgoingReplies(this IServiceCollection services)
    {
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddTransient<ServiceUrlGuardHandler>();
        services.AddHttpClient(ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                ConnectTimeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<BotOptions>>().Value.ReplyConnectTimeoutSeconds),
                AutomaticDecompression = DecompressionMethods.None,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddHttpMessageHandler<ServiceUrlGuardHandler>()
            .ConfigureHttpClient((sp, client) => client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<BotOptions>>().Value.ReplyTimeoutSeconds));
        return services;
    }

    /// <summary>An <see cref="IHttpClientFactory"/> that always hands out the safe client, for the Bot Framework.</summary>
    public static IHttpClientFactory OutgoingFactory(this IServiceProvider services) =>
        new SingleClientFactory(services.GetRequiredService<IHttpClientFactory>());

    private sealed class SingleClientFactory(IHttpClientFactory inner) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => inner.CreateClient(ClientName);
    }
}
