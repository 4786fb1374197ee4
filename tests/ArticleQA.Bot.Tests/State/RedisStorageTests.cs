using ArticleQA.Bot.State;
using ArticleQA.Bot.Tests.Processes;
using ArticleQA.Core.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace ArticleQA.Bot.Tests.State;

/// <summary>RedisStorage against a real redis-server of the test's own.</summary>
public sealed class RedisStorageTests : IAsyncLifetime
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(30);
    private RedisServer _server = null!;
    private ConnectionMultiplexer _connection = null!;
    private RedisStorage _storage = null!;

    public async Task InitializeAsync()
    {
        _server = await RedisServer.StartAsync();
        _connection = await ConnectionMultiplexer.ConnectAsync(RedisConnection.Options(_server.ConnectionString));
        _storage = new RedisStorage(_connection, TimeToLive, "test:");
    }

    public async Task DisposeAsync()
    {
        _storage.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Write_ThenRead_ReturnsTheItemWithAnETag()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "hello" } });

        var item = Assert.IsType<JObject>((await _storage.ReadAsync(["k", "missing"]))["k"]);

        Assert.Equal("hello", item.Value<string>("Text"));
        Assert.False(string.IsNullOrEmpty(item.Value<string>(RedisStorage.ETagProperty)));
    }

    [Fact]
    public async Task Write_WithStaleETag_FailsWithConflictAndKeepsTheNewerValue()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "first" } });
        var read = (await _storage.ReadAsync(["k"]))["k"];
        var stale = ((JObject)read).ToObject<Note>()!;
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "second", ETag = stale.ETag } });

        await Assert.ThrowsAsync<ETagConflictException>(() => _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "third", ETag = stale.ETag } }));

        Assert.Equal("second", ((JObject)(await _storage.ReadAsync(["k"]))["k"]).Value<string>("Text"));
    }

    [Fact]
    public async Task Write_WithStarETag_WritesUnconditionally()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "first" } });

        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "third", ETag = "*" } });

        Assert.Equal("third", ((JObject)(await _storage.ReadAsync(["k"]))["k"]).Value<string>("Text"));
    }

    [Fact]
    public async Task Write_WithoutETag_CreatesOnlyIfAbsent()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "first" } });

        await Assert.ThrowsAsync<ETagConflictException>(() => _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "second" } }));

        Assert.Equal("first", ((JObject)(await _storage.ReadAsync(["k"]))["k"]).Value<string>("Text"));
    }

    [Fact]
    public async Task Write_SetsTheTimeToLive()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "x" } });

        var ttl = await _connection.GetDatabase().KeyTimeToLiveAsync("test:k");

        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(1), TimeToLive);
    }

    [Fact]
    public async Task Delete_RemovesTheItem()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "x" } });

        await _storage.DeleteAsync(["k"]);

        Assert.Empty(await _storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task ConversationState_TwoReadersOneConversation_SecondWriterConflicts()
    {
        var state = new ConversationState(_storage);
        var accessor = state.CreateProperty<ConversationHistory>("history");
        await AddAsync(state, accessor, Turn("c1"), "first");
        var first = Turn("c1");
        var second = Turn("c1");
        await AddAsync(state, accessor, first, "a", save: false);
        await AddAsync(state, accessor, second, "b", save: false);

        await state.SaveChangesAsync(first);

        await Assert.ThrowsAsync<ETagConflictException>(() => state.SaveChangesAsync(second));
    }

    [Fact]
    public async Task HistoryStore_TwoFirstTurnsOfANewConversationAtOnce_KeepsBoth()
    {
        var store = new ConversationHistoryStore(new ConversationState(_storage), Microsoft.Extensions.Logging.Abstractions.NullLogger<ConversationHistoryStore>.Instance);
        var (first, second) = (Turn("c-new"), Turn("c-new"));
        await store.ReadAsync(first);
        await store.ReadAsync(second);

        var firstKept = await store.UpdateAsync(first, h => h.Add(Sample("Who is Lei Jun?")));
        var secondKept = await store.UpdateAsync(second, h => h.Add(Sample("What is Xiaomi?")));

        var history = await new ConversationState(_storage).CreateProperty<ConversationHistory>("history").GetAsync(Turn("c-new"), () => new ConversationHistory());
        Assert.True(firstKept && secondKept);
        Assert.Equal(["Who is Lei Jun?", "What is Xiaomi?"], history.Turns.Select(t => t.Question));
    }

    [Fact]
    public async Task ConversationState_HistoryRoundTripsThroughRedis()
    {
        var state = new ConversationState(_storage);
        var accessor = state.CreateProperty<ConversationHistory>("history");
        await AddAsync(state, accessor, Turn("c2"), "Who is Lei Jun?");

        var history = await new ConversationState(_storage).CreateProperty<ConversationHistory>("history").GetAsync(Turn("c2"), () => new ConversationHistory());

        var turn = Assert.Single(history.Turns);
        Assert.Equal("Who is Lei Jun?", turn.Question);
        Assert.Equal(["Lei Jun", "Xiaomi"], turn.Names);
        Assert.Equal(["powering-up.txt#9"], turn.Paragraphs);
    }

    [Fact]
    public async Task Read_WhenRedisIsDown_ThrowsStateStoreUnavailable()
    {
        await _server.StopAsync();

        await Assert.ThrowsAsync<StateStoreUnavailableException>(() => _storage.ReadAsync(["k"]));
        await Assert.ThrowsAsync<StateStoreUnavailableException>(() => _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note() }));
    }

    // As the bot does: read the history, add a turn, set it back (a read returns a copy), save.
    private static async Task AddAsync(ConversationState state, IStatePropertyAccessor<ConversationHistory> accessor, TurnContext turn, string question, bool save = true)
    {
        var history = await accessor.GetAsync(turn, () => new ConversationHistory());
        history.Add(Sample(question));
        await accessor.SetAsync(turn, history);
        if (save) await state.SaveChangesAsync(turn);
    }

    private static ConversationTurn Sample(string question) =>
        new(question, question, "Lei Jun is the chairman of Xiaomi. [1]", ["Lei Jun", "Xiaomi"], ["powering-up.txt#9"]);

    private static TurnContext Turn(string conversationId) => new(new TestAdapter(), new Activity
    {
        Type = ActivityTypes.Message,
        ChannelId = "test",
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = "user" },
        Recipient = new ChannelAccount { Id = "bot" },
    });

    private sealed class Note : IStoreItem
    {
        public string? Text { get; set; }

        public string? ETag { get; set; }
    }
}
