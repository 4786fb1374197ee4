using ArticleQA.Core;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ArticleQA.Bot.State;

/// <summary>Registers the conversation state store chosen by <see cref="StateOptions"/>.</summary>
public static class StateServiceExtensions
{
    /// <summary>
    /// Adds <see cref="IStorage"/> (memory, or <see cref="RedisStorage"/> when
    /// <c>ArticleQA:State:Provider</c> is <c>redis</c>), its health, <see cref="ConversationState"/>
    /// and <see cref="ConversationHistoryStore"/>. An <see cref="IStorage"/> registered earlier wins.
    /// </summary>
    public static IServiceCollection AddArticleQAState(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StateOptions>(configuration, StateOptions.SectionName);

        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StateOptions>>().Value;
            // Returns at once even when Redis is down: it keeps reconnecting in the background.
            var connection = ConnectionMultiplexer.Connect(RedisConnection.Options(options.ConnectionString!));
            return new RedisStorage(connection, TimeSpan.FromMinutes(options.TimeToLiveMinutes), options.KeyPrefix);
        });
        services.TryAddSingleton<IStorage>(sp => UsesRedis(sp) ? sp.GetRequiredService<RedisStorage>() : new MemoryStorage());
        services.TryAddSingleton<IStateStoreHealth>(sp => UsesRedis(sp) ? sp.GetRequiredService<RedisStorage>() : new MemoryStateHealth());
        services.TryAddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.TryAddSingleton<ConversationHistoryStore>();
        services.AddHostedService<StateStoreWarmupService>();
        return services;
    }

    private static bool UsesRedis(IServiceProvider services) => services.GetRequiredService<IOptions<StateOptions>>().Value.UsesRedis;
}
