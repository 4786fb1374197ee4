using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ArticleQA.Bot.Streaming;
using ArticleQA.Llm.Tests.Loopback;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleQA.Bot.Tests;

/// <summary>The bot answering with a model over a loopback OpenAI-compatible server; the clock is the test's.</summary>
public class LlmBotFactory : BotFactory, IAsyncLifetime
{
    public OpenAIServer Model { get; } = OpenAIServer.StartAsync().GetAwaiter().GetResult();

    /// <summary>The clock the bot throttles streaming updates by.</summary>
    public TestClock Clock { get; } = new();

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["ArticleQA:Llm:Provider"] = "openai-compatible",
        ["ArticleQA:Llm:Endpoint"] = Model.BaseUrl,
        ["ArticleQA:Llm:Model"] = "loopback-model",
        ["ArticleQA:Llm:MaxRetries"] = "0",
    };

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await Model.DisposeAsync();
}

/// <summary>A clock that moves only by <see cref="Step"/> each time it is read.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = new(2025, 3, 14, 8, 0, 0, TimeSpan.Zero);

    /// <summary>How far each reading moves the clock.</summary>
    public TimeSpan Step { get; set; }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (this) return _now += Step;
    }
}

/// <summary>Teams' streaming sequence (informative, streaming, final) when a model streams the answer.</summary>
public sealed class TeamsStreamingTests(LlmBotFactory factory) : IClassFixture<LlmBotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task PersonalChat_ModelStreams_SendsInformativeThenCumulativeUpdatesThenTheCitedFinal()
    {
        factory.Clock.Step = TimeSpan.FromSeconds(1);
        factory.Model.Enqueue(new ScriptedReply.Text("Xiaomi has invested ", "105 billion yuan ", "in R&D [1][7]."));

        var received = await SendAsync("How much has Xiaomi invested in R&D?");

        Assert.Equal(["typing", "typing", "typing", "typing", "message"], received.Select(a => a.GetProperty("type").GetString()));
        var informative = received[0];
        Assert.Equal(TeamsStreamingReply.InformativeText, informative.GetProperty("text").GetString());
        Assert.Equal("informative", StreamInfo(informative).GetProperty("streamType").GetString());
        Assert.Equal(1, StreamInfo(informative).GetProperty("streamSequence").GetInt32());
        Assert.Equal("informative", informative.GetProperty("channelData").GetProperty("streamType").GetString());

        var updates = received.Skip(1).Take(3).ToList();
        var streamId = StreamInfo(updates[0]).GetProperty("streamId").GetString();
        Assert.StartsWith("channel-", streamId);
        Assert.Equal([2, 3, 4], updates.Select(u => StreamInfo(u).GetProperty("streamSequence").GetInt32()));
        Assert.All(updates, u => Assert.Equal(streamId, u.GetProperty("channelData").GetProperty("streamId").GetString()));
        Assert.All(updates, u => Assert.Equal("streaming", u.GetProperty("channelData").GetProperty("streamType").GetString()));
        Assert.Equal(
            ["Xiaomi has invested", "Xiaomi has invested 105 billion yuan", "Xiaomi has invested 105 billion yuan in R&D [1]."],
            updates.Select(u => u.GetProperty("text").GetString()));

        var final = received[4];
        Assert.Equal("Xiaomi has invested 105 billion yuan in R&D [1].", final.GetProperty("text").GetString());
        Assert.Equal("final", StreamInfo(final).GetProperty("streamType").GetString());
        Assert.Equal(streamId, StreamInfo(final).GetProperty("streamId").GetString());
        Assert.Equal("final", final.GetProperty("channelData").GetProperty("streamType").GetString());
        Assert.Equal("default", final.GetProperty("channelData").GetProperty("feedbackLoop").GetProperty("type").GetString());
        Assert.Single(Activities.MessageEntities(final));
    }

    [Fact]
    public async Task PersonalChat_TokensWithinOneSecond_SendNoUpdateBetweenInformativeAndFinal()
    {
        factory.Clock.Step = TimeSpan.Zero;
        factory.Model.Enqueue(new ScriptedReply.Text("Xiaomi has invested ", "105 billion yuan ", "in R&D [1]."));

        var received = await SendAsync("How much has Xiaomi invested in R&D?");

        Assert.Equal(["typing", "message"], received.Select(a => a.GetProperty("type").GetString()));
        Assert.Equal("Xiaomi has invested 105 billion yuan in R&D [1].", received[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task PersonalChat_ModelFails_FinalIsTheCitedExtractiveAnswer()
    {
        factory.Clock.Step = TimeSpan.FromSeconds(1);
        factory.Model.Enqueue(new ScriptedReply.Status(500));

        var received = await SendAsync("How much has Xiaomi invested in R&D?");

        Assert.Equal(["typing", "message"], received.Select(a => a.GetProperty("type").GetString()));
        Assert.Contains("105 billion", received[1].GetProperty("text").GetString());
        Assert.Equal("final", StreamInfo(received[1]).GetProperty("streamType").GetString());
        Assert.Single(Activities.MessageEntities(received[1]));
    }

    private async Task<IReadOnlyList<JsonElement>> SendAsync(string question)
    {
        await using var channel = await LoopbackChannel.StartAsync();
        var activity = Activities.Message(question, Activities.NewConversation(), expectReplies: false, serviceUrl: channel.ServiceUrl);
        activity["conversation"]!["conversationType"] = "personal";

        using var response = await _client.PostAsJsonAsync(Activities.Endpoint, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return channel.Received.Select(r => r.Activity).ToList();
    }

    private static JsonElement StreamInfo(JsonElement activity) =>
        activity.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == TeamsStreamingReply.StreamInfoType);
}
