using ArticleQA.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArticleQA.Bot.DirectLine;

/// <summary>Registers the host's Direct Line endpoint.</summary>
public static class DirectLineServiceExtensions
{
    /// <summary>Adds the Direct Line options, tokens, conversations and the bridge to the bot.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<DirectLineOptions>(configuration, DirectLineOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLineBotBridge>();
        services.TryAddSingleton<Hosting.PublicEndpoint>();
        services.AddSingleton<Protection.ClientRateLimiter>();
        return services;
    }
}
