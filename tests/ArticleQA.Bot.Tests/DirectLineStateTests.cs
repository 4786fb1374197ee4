using ArticleQA.Bot.DirectLine;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ArticleQA.Bot.Tests;

/// <summary>Direct Line tokens and conversations on a clock the test moves.</summary>
public sealed class DirectLineStateTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void Token_ForItsConversation_GrantsItUntilItExpires()
    {
        var tokens = new DirectLineTokens(Options(new DirectLineOptions { TokenLifetimeSeconds = 60 }), _clock);
        var token = tokens.Issue("conversation-a");

        var fresh = tokens.Check(token, "conversation-a");
        var other = tokens.Check(token, "conversation-b");
        _clock.Advance(TimeSpan.FromSeconds(61));
        var expired = tokens.Check(token, "conversation-a");

        Assert.Equal((DirectLineAccess.Conversation, "conversation-a"), fresh);
        Assert.Equal(DirectLineAccess.Forbidden, other.Access);
        Assert.Equal(DirectLineAccess.Forbidden, expired.Access);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData("Y29udmVyc2F0aW9uLWEKOTk5OTk5OTk5OTk.forged-signature")]
    public void Token_ForgedOrUnreadable_GrantsNothing(string credential)
    {
        var tokens = new DirectLineTokens(Options(new DirectLineOptions()), _clock);

        Assert.Equal(DirectLineAccess.None, tokens.Check(credential, "conversation-a").Access);
    }

    [Fact]
    public void Token_FromAnotherHostsKey_GrantsNothing()
    {
        var ours = new DirectLineTokens(Options(new DirectLineOptions { Secret = "ours" }), _clock);
        var theirs = new DirectLineTokens(Options(new DirectLineOptions { Secret = "theirs" }), _clock);

        Assert.Equal(DirectLineAccess.None, ours.Check(theirs.Issue("conversation-a"), "conversation-a").Access);
        Assert.Equal(DirectLineAccess.Secret, ours.Check("ours").Access);
    }

    [Fact]
    public void Store_WhenFull_EvictsTheLeastRecentlyUsedIdleConversation()
    {
        var store = new DirectLineConversationStore(Options(new DirectLineOptions { MaxConversations = 2, ActiveMinutes = 5 }), _clock);
        var first = store.Create("u1")!;
        _clock.Advance(TimeSpan.FromMinutes(1));
        var second = store.Create("u2")!;
        _clock.Advance(TimeSpan.FromMinutes(10));
        store.Find(first.Id);

        var third = store.Create("u3");

        Assert.NotNull(store.Find(first.Id));
        Assert.Null(store.Find(second.Id));
        Assert.NotNull(third);
        Assert.True(second.Ended.IsCancellationRequested);
    }

    [Fact]
    public void Store_WhenFullOfActiveConversations_RefusesANewOne()
    {
        var store = new DirectLineConversationStore(Options(new DirectLineOptions { MaxConversations = 2, ActiveMinutes = 5 }), _clock);
        var first = store.Create("u1")!;
        var second = store.Create("u2")!;
        _clock.Advance(TimeSpan.FromMinutes(1));

        var third = store.Create("u3");

        Assert.Null(third);
        Assert.NotNull(store.Find(first.Id));
        Assert.NotNull(store.Find(second.Id));
    }

    [Fact]
    public void Store_OverTheByteBudget_EvictsIdleConversationsFirstAndRefusesWhenOnlyActiveOnesRemain()
    {
        var options = new DirectLineOptions { MaxTranscriptBytes = 1024 * 1024, MaxStoredActivityBytes = 64 * 1024, ActiveMinutes = 5 };
        var store = new DirectLineConversationStore(Options(options), _clock);
        var idle = store.Create("u1")!;
        idle.Append(Enumerable.Range(0, 6).Select(_ => new Activity { Type = ActivityTypes.Message, Text = new string('x', 100_000) }));
        _clock.Advance(TimeSpan.FromMinutes(10));
        var active = store.Create("u2")!;
        active.Append(Enumerable.Range(0, 4).Select(_ => new Activity { Type = ActivityTypes.Message, Text = new string('y', 100_000) }));

        var roomWhileIdleOnesExist = store.MakeRoomForTurn(active);
        active.Append(Enumerable.Range(0, 6).Select(_ => new Activity { Type = ActivityTypes.Message, Text = new string('z', 100_000) }));
        var roomWhenOnlyActiveRemain = store.MakeRoomForTurn(active);

        Assert.True(roomWhileIdleOnesExist);
        Assert.Null(store.Find(idle.Id));
        Assert.False(roomWhenOnlyActiveRemain);
        Assert.NotNull(store.Find(active.Id));
        Assert.Equal(active.Bytes, store.TotalBytes);
    }

    [Fact]
    public void Conversation_Page_StopsAtTheByteAndActivityLimits()
    {
        var conversation = new DirectLineConversation("c1", "u1", _clock);
        conversation.Append(Enumerable.Range(0, 10).Select(_ => new Activity { Type = ActivityTypes.Message, Text = new string('x', 1000) }));

        var (byBytes, afterBytes) = conversation.Page(0, 100, 2500);
        var (byCount, afterCount) = conversation.Page(2, 3, long.MaxValue);
        var (last, afterAll) = conversation.Page(9, 100, 10);

        Assert.Equal(2, byBytes.Count);
        Assert.Equal(2, afterBytes);
        Assert.Equal(3, byCount.Count);
        Assert.Equal(5, afterCount);
        Assert.Single(last);
        Assert.Equal(10, afterAll);
    }

    [Fact]
    public void Token_NamesTheUserItWasIssuedFor()
    {
        var tokens = new DirectLineTokens(Options(new DirectLineOptions()), _clock);

        var (access, conversation, user) = tokens.Inspect(tokens.Issue("conversation-a", "user-7"), "conversation-a");

        Assert.Equal((DirectLineAccess.Conversation, "conversation-a", "user-7"), (access, conversation, user));
    }

    [Fact]
    public async Task Conversation_Append_NumbersActivitiesAndWakesWaitingReaders()
    {
        var conversation = new DirectLineConversation("c1", "u1", _clock);
        var waiting = conversation.WaitForMoreAsync(0);
        Assert.False(waiting.IsCompleted);

        var ids = conversation.Append([new Activity { Type = ActivityTypes.Message }, new Activity { Type = ActivityTypes.Typing }]);
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        var (after, watermark) = conversation.After(1);

        Assert.Equal(["c1|0000000", "c1|0000001"], ids);
        Assert.Equal(ActivityTypes.Typing, Assert.Single(after).Type);
        Assert.Equal(2, watermark);
        Assert.Equal(_clock.GetUtcNow(), after[0].Timestamp);
    }

    private static IOptions<DirectLineOptions> Options(DirectLineOptions options) => Microsoft.Extensions.Options.Options.Create(options);

    /// <summary>A clock that moves only when told.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2025, 3, 14, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
