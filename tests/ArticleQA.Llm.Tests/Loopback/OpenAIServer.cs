using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArticleQA.Llm.Tests.Loopback;

/// <summary>A request the loopback server received.</summary>
/// <param name="Path">The URL path.</param>
/// <param name="Authorization">The Authorization header, or null.</param>
/// <param name="Body">The raw JSON body.</param>
public sealed record ReceivedRequest(string Path, string? Authorization, string Body)
{
    /// <summary>The body parsed.</summary>
    public JsonNode Json => JsonNode.Parse(Body)!;

    /// <summary>True when the client asked for an SSE stream.</summary>
    public bool Stream => Json["stream"]?.GetValue<bool>() == true;

    /// <summary>The text of every message, joined.</summary>
    public string MessagesText => string.Join("\n", Json["messages"]!.AsArray().Select(m => m!["content"]?.ToString() ?? ""));
}

/// <summary>
/// An OpenAI-compatible chat-completions server on a loopback port chosen by the system: real HTTP
/// through Kestrel, JSON completions and SSE streaming, scripted replies, and a record of every
/// request. Replies are taken from the script in order; when it runs out, <see cref="Otherwise"/>.
/// </summary>
public sealed class OpenAIServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedReply> _script = new();
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();

    private OpenAIServer(WebApplication app) => _app = app;

    /// <summary>The base URL under which <c>/chat/completions</c> lives.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The reply once the script is used up.</summary>
    public ScriptedReply Otherwise { get; set; } = new ScriptedReply.Status(500);

    /// <summary>Requests received, in order.</summary>
    public IReadOnlyList<ReceivedRequest> Received => _received.ToList();

    /// <summary>Starts a server on 127.0.0.1 and an ephemeral port.</summary>
    public static async Task<OpenAIServer> StartAsync(params ScriptedReply[] script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new OpenAIServer(app);
        foreach (var reply in script) server._script.Enqueue(reply);
        app.MapPost("/{**path}", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.TrimEnd('/') + "/v1";
        return server;
    }

    /// <summary>Adds replies to the script.</summary>
    public void Enqueue(params ScriptedReply[] replies)
    {
        foreach (var reply in replies) _script.Enqueue(reply);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = new ReceivedRequest(context.Request.Path, context.Request.Headers.Authorization.FirstOrDefault(), body);
        _received.Enqueue(request);
        if (!context.Request.Path.Value!.EndsWith("/chat/completions", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var reply = _script.TryDequeue(out var next) ? next : Otherwise;
        switch (reply)
        {
            case ScriptedReply.Text text when request.Stream:
                await StreamAsync(context, text.Chunks);
                break;
            case ScriptedReply.BrokenStream broken:
                await StreamAsync(context, broken.Chunks, finish: false);
                await context.Response.WriteAsync("data: {\"choices\": [ {\"delta\": \n\n");
                break;
            case ScriptedReply.Text text:
                await WriteJsonAsync(context, Completion(new JsonObject { ["role"] = "assistant", ["content"] = string.Concat(text.Chunks) }, "stop"));
                break;
            case ScriptedReply.ToolCall call:
                var message = new JsonObject
                {
                    ["role"] = "assistant",
                    ["content"] = null,
                    ["tool_calls"] = new JsonArray(new JsonObject
                    {
                        ["id"] = "call_1",
                        ["type"] = "function",
                        ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = call.Arguments },
                    }),
                };
                await WriteJsonAsync(context, Completion(message, "tool_calls"));
                break;
            case ScriptedReply.Status status:
                context.Response.StatusCode = status.Code;
                if (status.RetryAfter is not null) context.Response.Headers.RetryAfter = status.RetryAfter;
                await WriteJsonAsync(context, new JsonObject { ["error"] = new JsonObject { ["message"] = $"scripted status {status.Code}", ["type"] = "server_error" } });
                break;
            case ScriptedReply.Malformed malformed:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(malformed.Body);
                break;
            case ScriptedReply.Hang:
                // A server that never answers: wait until the client drops the request.
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
        }
    }

    private static JsonObject Completion(JsonObject message, string finishReason) => new()
    {
        ["id"] = "chatcmpl-loopback",
        ["object"] = "chat.completion",
        ["created"] = 1741910400,
        ["model"] = "loopback-model",
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finishReason }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 20, ["total_tokens"] = 120 },
    };

    private static async Task WriteJsonAsync(HttpContext context, JsonObject body)
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    private static async Task StreamAsync(HttpContext context, IReadOnlyList<string> chunks, bool finish = true)
    {
        context.Response.ContentType = "text/event-stream";
        for (var i = 0; i < chunks.Count + (finish ? 1 : 0); i++)
        {
            var last = i == chunks.Count;
            var delta = last ? new JsonObject() : new JsonObject { ["content"] = chunks[i] };
            if (i == 0) delta["role"] = "assistant";
            var chunk = new JsonObject
            {
                ["id"] = "chatcmpl-loopback",
                ["object"] = "chat.completion.chunk",
                ["created"] = 1741910400,
                ["model"] = "loopback-model",
                ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = last ? "stop" : null }),
            };
            await context.Response.WriteAsync($"data: {chunk.ToJsonString()}\n\n");
            // Each piece leaves the server on its own, as a real stream's tokens do.
            await context.Response.Body.FlushAsync();
        }

        if (finish) await context.Response.WriteAsync("data: [DONE]\n\n");
    }
}
