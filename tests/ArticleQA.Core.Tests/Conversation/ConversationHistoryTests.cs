using ArticleQA.Core.Conversation;

namespace ArticleQA.Core.Tests.Conversation;

public sealed class ConversationHistoryTests
{
    [Fact]
    public void Add_BeyondMaxTurns_KeepsTheNewestInOrder()
    {
        var history = new ConversationHistory();

        for (var i = 1; i <= 5; i++) history.Add(Turn(i), maxTurns: 3);

        Assert.Equal(["q3", "q4", "q5"], history.Turns.Select(t => t.Question));
        Assert.Equal("q5", history.Last?.Question);
    }

    [Fact]
    public void Add_WithDefaultLimit_KeepsEightTurns()
    {
        var history = new ConversationHistory();

        for (var i = 1; i <= 20; i++) history.Add(Turn(i));

        Assert.Equal(ConversationHistory.DefaultMaxTurns, history.Turns.Count);
        Assert.Equal("q13", history.Turns[0].Question);
    }

    [Fact]
    public void Reset_ForgetsEveryTurn()
    {
        var history = new ConversationHistory();
        history.Add(Turn(1));
        history.Add(Turn(2));

        history.Reset();

        Assert.Empty(history.Turns);
        Assert.Null(history.Last);
    }

    [Fact]
    public void Last_OfNewHistory_IsNull()
    {
        var history = new ConversationHistory();

        Assert.Null(history.Last);
    }

    private static ConversationTurn Turn(int n) => new($"q{n}", $"q{n}", $"a{n}", [], []);
}
