using ArticleQA.Core.Answering;
using ArticleQA.Core.Conversation;

namespace ArticleQA.Core.Tests.Answering;

/// <summary>A reference to someone nothing in the conversation names is asked back, on two articles' questions.</summary>
public sealed class ReferencesTests
{
    private static readonly ResolvedQuestion NotResolved = new("", false, []);

    [Fact]
    public void Clarification_PossessiveWithoutAntecedent_AsksWhose()
    {
        var profile = QuestionProfiler.Profile("How much has his company invested in R&D?", _ => false);

        Assert.Equal("Whose company do you mean? Please name the person you are asking about.", References.Clarification(profile, NotResolved));
    }

    [Fact]
    public void Clarification_PronounWithoutAntecedent_AsksWho()
    {
        var profile = QuestionProfiler.Profile("Where was she born?", _ => false);

        Assert.StartsWith("Who do you mean by “she”?", References.Clarification(profile, NotResolved));
    }

    [Fact]
    public void Clarification_ResolvedOrNamed_IsNotNeeded()
    {
        var followUp = QuestionProfiler.Profile("When did he reach the ice cap?", _ => false);
        Assert.Null(References.Clarification(followUp, new ResolvedQuestion("When did he reach the ice cap? (Nansen)", true, ["Nansen"])));
        var named = QuestionProfiler.Profile("What did Nansen say about his ship?", _ => false);
        Assert.Null(References.Clarification(named, NotResolved));
    }

    [Theory]
    [InlineData("Who first proposed trading the gas, and what was his job then?")]
    [InlineData("Who was the first chief executive of the merged company, and how long did he last?")]
    [InlineData("Whose coverage of the singer do they mock as much as the singer herself?")]
    [InlineData("Did the explorer ever write about the voyage himself?")]
    public void Clarification_APronounThatPointsInsideTheQuestion_IsNotNeeded(string question)
    {
        var profile = QuestionProfiler.Profile(question, _ => false);

        Assert.True(profile.RefersBack);
        Assert.Null(References.Clarification(profile, NotResolved));
    }

    [Theory]
    [InlineData("Was he the one who built it?", "Who do you mean by “he”?")]
    [InlineData("Who was her father?", "Whose father do you mean?")]
    public void Clarification_APronounThatIsNotTheWhoAskedFor_StillAsks(string question, string asked)
    {
        var profile = QuestionProfiler.Profile(question, _ => false);

        Assert.StartsWith(asked, References.Clarification(profile, NotResolved));
    }
}
