using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArticleQA.Bot.Tests;

/// <summary>A Direct Line conversation driven with plain HTTP against the host in process.</summary>
internal sealed class DirectLineSession
{
    public const string Api = "/v3/directline";

    private readonly HttpClient _client;

    private DirectLineSession(HttpClient client, JsonElement start)
    {
        _client = client;
        ConversationId = start.GetProperty("conversationId").GetString()!;
        Token = start.GetProperty("token").GetString()!;
        StreamUrl = start.GetProperty("streamUrl").GetString()!;
    }

    public string ConversationId { get; }

    public string Token { get; }

    public string StreamUrl { get; }

    /// <summary>Starts a conversation without credentials (no Direct Line secret configured).</summary>
    public static async Task<DirectLineSession> StartAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync(Api + "/conversations", new { user = new { id = "user-dl" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return new DirectLineSession(client, await ReadAsync(response));
    }

    /// <summary>Posts a message with a clientActivityID, as Web Chat does; returns the server's activity id.</summary>
    public async Task<string> SayAsync(string text, string clientActivityId = "client-1")
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "user-dl", ["role"] = "user" },
            ["text"] = text,
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        };
        using var response = await SendAsync(HttpMethod.Post, $"/conversations/{ConversationId}/activities", Token, activity.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadAsync(response)).GetProperty("id").GetString()!;
    }

    /// <summary>The activities after <paramref name="watermark"/> and the new watermark.</summary>
    public async Task<(IReadOnlyList<JsonElement> Activities, int Watermark)> ActivitiesAsync(int? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/conversations/{ConversationId}/activities?watermark={watermark}", Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = await ReadAsync(response);
        return (set.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToList(), int.Parse(set.GetProperty("watermark").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Sends a request to the Direct Line API with an optional bearer credential and JSON body.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? credential, string? json = null)
    {
        var request = new HttpRequestMessage(method, Api + path);
        if (credential is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        if (json is not null) request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        return _client.SendAsync(request);
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
