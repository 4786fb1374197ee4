using ArticleQA.Core.Answering;

namespace ArticleQA.Core.Tests.Answering;

/// <summary>The kind of answer a question asks for, on questions about two different articles.</summary>
public sealed class QuestionProfilerTests
{
    [Theory]
    // About the home article.
    [InlineData("How many lighthouse factories are in China?", AnswerKind.Count)]
    [InlineData("How much has Xiaomi invested in research and development?", AnswerKind.Money)]
    [InlineData("When was the Government Work Report unveiled?", AnswerKind.Time)]
    [InlineData("Who is the chairman of Xiaomi Corp?", AnswerKind.Person)]
    [InlineData("Why does China emphasize basic research?", AnswerKind.Reason)]
    // About a Wikipedia biography and a Wikinews sports report.
    [InlineData("How old was Nansen when he crossed Greenland?", AnswerKind.Age)]
    [InlineData("How long did the Fram expedition last?", AnswerKind.Duration)]
    [InlineData("In which city was Nansen born?", AnswerKind.Place)]
    [InlineData("Where did England play Tunisia?", AnswerKind.Place)]
    [InlineData("What percentage of children were iodine deficient?", AnswerKind.Percent)]
    [InlineData("Did Belgium beat Panama?", AnswerKind.YesNo)]
    [InlineData("What is a sackung?", AnswerKind.Definition)]
    public void KindOf_Wording_GivesTheExpectedKind(string question, AnswerKind expected) =>
        Assert.Equal(expected, QuestionProfiler.KindOf(question));

    [Fact]
    public void Profile_NamesAndFocus_AreSeparated()
    {
        var profile = QuestionProfiler.Profile("When did Fridtjof Nansen reach the Greenland ice cap?", _ => false);

        Assert.Equal(AnswerKind.Time, profile.Kind);
        Assert.Contains(profile.Names, n => n.Count == 2);
        Assert.Contains("reach", profile.Focus);
        Assert.DoesNotContain("nansen", profile.Focus);
    }

    [Fact]
    public void Profile_FiguresAndPronouns_AreRead()
    {
        var profile = QuestionProfiler.Profile("Did his team win by 1,200 points?", _ => false);

        Assert.Equal(["1200"], profile.Figures);
        Assert.True(profile.RefersBack);
        Assert.False(QuestionProfiler.Profile("Did the team win by 12 points?", _ => false).RefersBack);
    }

    [Theory]
    [InlineData("Who wrote the article?", true)]
    [InlineData("When was this story published?", true)]
    [InlineData("When was Enron founded?", false)]
    public void Profile_AboutTheArticle_IsRead(string question, bool expected) =>
        Assert.Equal(expected, QuestionProfiler.Profile(question, _ => false).AboutArticle);
}
