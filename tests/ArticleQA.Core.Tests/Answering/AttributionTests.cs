using ArticleQA.Core.Answering;

namespace ArticleQA.Core.Tests.Answering;

public sealed class AttributionTests
{
    [Theory]
    [InlineData("Who said China needs a robust industrial ecosystem?")]
    [InlineData("who's the one saying china's economy has always leaned on the real economy?")]
    [InlineData("Which of the people quoted says the era of cheap labour is over?")]
    [InlineData("Which expert stressed the need for basic research?")]
    [InlineData("Which NPC deputy said the report reminded him of the immense responsibility?")]
    [InlineData("Which lawmaker said challenges remain in some areas of quantum computing?")]
    public void AsksWhoSaid_QuestionAboutWhoSaidSomething_IsRecognised(string question) =>
        Assert.True(Attribution.AsksWhoSaid(question));

    [Theory]
    [InlineData("Who is Lei Jun?")]
    [InlineData("What did Lei Jun say about innovation?")]
    [InlineData("Who chairs Xiaomi?")]
    public void AsksWhoSaid_OtherQuestions_AreNot(string question) =>
        Assert.False(Attribution.AsksWhoSaid(question));
}
