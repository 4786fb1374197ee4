using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArticleQA.Bot.Tests;

/// <summary>
/// Plays a Bot Framework channel on a loopback Kestrel port: accepts the Connector's
/// "reply to activity" calls and records the activities in the order they arrived.
/// </summary>
internal sealed class LoopbackChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string ConversationId, string ReplyToId, JsonElement Activity)> _received = new();

    private LoopbackChannel(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put on activities.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>What the bot sent, in order.</summary>
    public IReadOnlyList<(string ConversationId, string ReplyToId, JsonElement Activity)> Received => _received.ToList();

    /// <summary>Starts the listener on a free loopback port.</summary>
    public static async Task<LoopbackChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var channel = new LoopbackChannel(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", async (string conversationId, string activityId, HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            channel._received.Enqueue((conversationId, activityId, body.RootElement.Clone()));
            return Results.Json(new { id = "channel-" + Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        channel.ServiceUrl = address.TrimEnd('/') + "/";
        return channel;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
