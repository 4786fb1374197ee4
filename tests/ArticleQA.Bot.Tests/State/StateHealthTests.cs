using System.Net.Http.Json;
using System.Text.Json;
using ArticleQA.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleQA.Bot.Tests.State;

/// <summary>/healthz reports the state store as well as the index.</summary>
public sealed class StateHealthTests(BotFactory factory) : IClassFixture<BotFactory>
{
    [Fact]
    public async Task Healthz_DefaultProvider_ReportsMemoryState()
    {
        await factory.Services.GetRequiredService<IndexProvider>().GetAsync();
        using var client = factory.CreateClient();

        var health = await client.GetFromJsonAsync<JsonElement>("/healthz");

        Assert.Equal("ready", health.GetProperty("index").GetString());
        Assert.Equal("memory", health.GetProperty("state").GetString());
    }
}

/// <summary>Finding 8: /healthz pings Redis with a deadline, so a hanging Redis reads as degraded, not ok.</summary>
public sealed class RedisHangHealthTests : IAsyncLifetime
{
    private readonly string _data = Processes.TestRepository.NewTempFolder("health");
    private Processes.RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await Processes.RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _redis.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Healthz_WhileRedisHangs_SaysDegraded_AndOkOnceItAnswers()
    {
        await using var factory = new RedisBotFactory(_redis.ConnectionString, _data);
        await factory.Services.GetRequiredService<IndexProvider>().GetAsync();
        using var client = factory.CreateClient();
        var healthy = await client.GetFromJsonAsync<JsonElement>("/healthz");

        await _redis.PauseAsync();
        JsonElement hanging;
        try
        {
            hanging = await client.GetFromJsonAsync<JsonElement>("/healthz");
        }
        finally
        {
            await _redis.ResumeAsync();
        }

        var recovered = await client.GetFromJsonAsync<JsonElement>("/healthz");

        Assert.Equal("redis ok", healthy.GetProperty("state").GetString());
        Assert.Equal("redis degraded", hanging.GetProperty("state").GetString());
        Assert.Equal("degraded", hanging.GetProperty("status").GetString());
        Assert.Equal("redis ok", recovered.GetProperty("state").GetString());
    }
}
