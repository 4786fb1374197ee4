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
