using ArticleQA.Core.Conversation;

namespace ArticleQA.Core.Tests.Conversation;

public sealed class FollowUpResolverTests
{
    [Fact]
    public void Resolve_PronounAfterTurnNamingLeiJun_CarriesTheNames()
    {
        var history = HistoryNaming("Lei Jun", "Xiaomi Corp");

        var resolved = FollowUpResolver.Resolve("How much has his company invested?", history);

        Assert.True(resolved.IsFollowUp);
        Assert.Equal(["Lei Jun", "Xiaomi Corp"], resolved.CarriedNames);
        Assert.StartsWith("How much has his company invested?", resolved.Text, StringComparison.Ordinal);
        Assert.Contains("Lei Jun", resolved.Text, StringComparison.Ordinal);
        Assert.Contains("Xiaomi Corp", resolved.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NameAlreadyInTheQuestion_IsNotCarriedAgain()
    {
        var history = HistoryNaming("Lei Jun", "Xiaomi Corp");

        var resolved = FollowUpResolver.Resolve("What did he say about Xiaomi Corp?", history);

        Assert.Equal(["Lei Jun"], resolved.CarriedNames);
    }

    [Theory]
    [InlineData("How many lighthouse factories does China have?")]
    [InlineData("What is the Global Lighthouse Network?")]
    [InlineData("Who is the president of Volvo Group?")]
    public void Resolve_StandaloneQuestion_IsUnchanged(string question)
    {
        var history = HistoryNaming("Lei Jun", "Xiaomi Corp");

        var resolved = FollowUpResolver.Resolve(question, history);

        Assert.False(resolved.IsFollowUp);
        Assert.Equal(question, resolved.Text);
        Assert.Empty(resolved.CarriedNames);
    }

    [Fact]
    public void Resolve_ExistentialThere_IsNotAFollowUp()
    {
        var history = HistoryNaming("Lei Jun", "Xiaomi Corp");

        var resolved = FollowUpResolver.Resolve("How many lighthouse factories are there in China?", history);

        Assert.False(resolved.IsFollowUp);
        Assert.Equal("How many lighthouse factories are there in China?", resolved.Text);
    }

    [Fact]
    public void Resolve_NoHistory_IsUnchanged()
    {
        var resolved = FollowUpResolver.Resolve("How much has his company invested?", null);

        Assert.False(resolved.IsFollowUp);
        Assert.Equal("How much has his company invested?", resolved.Text);
        Assert.Empty(resolved.CarriedNames);
    }

    [Fact]
    public void Resolve_EmptyHistory_IsUnchanged()
    {
        var resolved = FollowUpResolver.Resolve("How much has his company invested?", new ConversationHistory());

        Assert.False(resolved.IsFollowUp);
        Assert.Equal("How much has his company invested?", resolved.Text);
    }

    [Theory]
    [InlineData("And how many does it have in total now?")]
    [InlineData("What about the company?")]
    [InlineData("What did they say?")]
    public void PointsBack_BackReference_IsRecognised(string question)
    {
        var pointsBack = FollowUpResolver.PointsBack(question);

        Assert.True(pointsBack);
    }

    private static ConversationHistory HistoryNaming(params string[] names)
    {
        var history = new ConversationHistory();
        history.Add(new ConversationTurn(
            "Who is the chairman of Xiaomi Corp?", "Who is the chairman of Xiaomi Corp?",
            "Lei Jun is the chairman of Xiaomi Corp [1].", names, ["powering-up.txt#9"]));
        return history;
    }
}
