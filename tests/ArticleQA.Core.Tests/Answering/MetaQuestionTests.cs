using ArticleQA.Core.Answering;
using ArticleQA.Core.Ingestion;

namespace ArticleQA.Core.Tests.Answering;

public sealed class MetaQuestionTests
{
    [Theory]
    [InlineData("Who wrote the article?", PartKind.Byline)]
    [InlineData("Who is the author?", PartKind.Byline)]
    [InlineData("Which reporter wrote this story?", PartKind.Byline)]
    [InlineData("What is the title of the article?", PartKind.Title)]
    [InlineData("What's the headline?", PartKind.Title)]
    [InlineData("When was the article published?", PartKind.Dateline)]
    [InlineData("What is the publication date?", PartKind.Dateline)]
    [InlineData("What is the article about?", PartKind.Standfirst)]
    [InlineData("Summarize the article", PartKind.Standfirst)]
    [InlineData("At what time of day did the story go online?", PartKind.Dateline)]
    [InlineData("Who made the illustration at the top of the story?", PartKind.Credit)]
    [InlineData("What email address is given for the author?", PartKind.Contact)]
    [InlineData("What credit line appears beneath the article's subtitle?", PartKind.Credit)]
    [InlineData("whose byline is on this story?", PartKind.Byline)]
    [InlineData("What time stamp does the story carry?", PartKind.Dateline)]
    [InlineData("The top image is credited to Shi Yu and which publication?", PartKind.Credit)]
    public void PartAskedFor_QuestionAboutTheArticleItself_NamesTheHeaderPart(string question, PartKind expected)
    {
        Assert.Equal(expected, MetaQuestion.PartAskedFor(question));
    }

    [Theory]
    [InlineData("Who wrote the Government Work Report?")]
    [InlineData("When was the Government Work Report unveiled?")]
    [InlineData("What is the Global Lighthouse Network?")]
    [InlineData("What time did the quantum computer deliver its results?")]
    [InlineData("On what date was this year's government work report released?")]
    [InlineData("Who said China has become the third country capable of delivering quantum computers?")]
    public void PartAskedFor_QuestionAboutTheContent_IsNull(string question)
    {
        Assert.Null(MetaQuestion.PartAskedFor(question));
    }

    [Theory]
    [InlineData("who took the picture of the xiaomi su7 ultra", true)]
    [InlineData("Which news agency supplied that picture?", true)]
    [InlineData("quantum computer pic - which agency supplied it?", true)]
    [InlineData("Who is credited for the photo of the studying pad?", true)]
    [InlineData("Where was the photo of the quantum computer taken?", false)]
    [InlineData("Who took the lead in sci-tech innovation?", false)]
    public void AsksForPhotoCredit_WhoTookOrSuppliedAPhoto_IsRecognised(string question, bool expected) =>
        Assert.Equal(expected, MetaQuestion.AsksForPhotoCredit(question));

    [Fact]
    public void PartsAskedFor_TwoPartQuestion_NamesBothParts()
    {
        var parts = MetaQuestion.PartsAskedFor("Who is the author of the article, and on what date did it appear?");

        Assert.Equal(new[] { PartKind.Byline, PartKind.Dateline }, parts);
    }

    [Fact]
    public void PartsAskedFor_QuestionAboutTheContent_IsEmpty() =>
        Assert.Empty(MetaQuestion.PartsAskedFor("How many lighthouse factories are in China?"));

    [Theory]
    [InlineData("wich cities were the article's photos taken in", true)]
    [InlineData("What do the photos in the article show?", true)]
    [InlineData("Which of the article's photos was taken earliest?", false)]
    [InlineData("Where was the photo of the quantum computer taken?", false)]
    public void AsksAboutAllPhotos_QuestionAboutThePhotosTogether_IsRecognised(string question, bool expected) =>
        Assert.Equal(expected, MetaQuestion.AsksAboutAllPhotos(question));
}
