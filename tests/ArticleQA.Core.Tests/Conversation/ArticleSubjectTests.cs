using ArticleQA.Core.Conversation;
using ArticleQA.Core.Ingestion;

namespace ArticleQA.Core.Tests.Conversation;

/// <summary>The person an article is about, on articles of the collection and the home article.</summary>
public sealed class ArticleSubjectTests
{
    [Theory]
    [InlineData("louisa-may-alcott", "Louisa May Alcott")]
    [InlineData("fridtjof-nansen", "Fridtjof Nansen")]
    [InlineData("aner-shalev-interview", "Aner Shalev")]
    public void Find_ATitleThatNamesThePersonTheBodyGoesOnAbout_IsThatPerson(string article, string expected)
    {
        Assert.Equal(expected, ArticleSubject.Find([Collection(article)]));
    }

    [Theory]
    [InlineData("mackinac-bridge")]
    [InlineData("balmoral-castle")]
    [InlineData("homeopathy-parents-manslaughter-trial")]
    [InlineData("australia-iodine-deficiency")]
    public void Find_ATitleThatNamesAPlaceAThingOrNoOne_IsNone(string article)
    {
        Assert.Null(ArticleSubject.Find([Collection(article)]));
    }

    [Fact]
    public void Find_TheHomeArticle_IsNone()
    {
        Assert.Null(ArticleSubject.Find([ArticleParser.Parse(RepositoryFiles.ArticleSource, RepositoryFiles.ArticleText)]));
    }

    [Fact]
    public void Find_TwoArticles_IsNone()
    {
        Assert.Null(ArticleSubject.Find([Collection("louisa-may-alcott"), Collection("fridtjof-nansen")]));
    }

    [Fact]
    public void Find_ThePersonNamedButNeverCarriedOnWithAPronoun_IsNone()
    {
        const string text = "Jane Roe opens a bakery\n\nJane Roe opened a bakery on Monday. Roe said the bread sells well. Roe plans a second shop. The street was busy.";

        Assert.Null(ArticleSubject.Find([ArticleParser.Parse("a.txt", text)]));
        Assert.Equal("Jane Roe", ArticleSubject.Find([ArticleParser.Parse("a.txt", text.Replace("The street was busy.", "She bakes at night."))]));
    }

    private static ArticleDocument Collection(string article)
    {
        var path = RepositoryFiles.InRepository($"tests/data/articles/{article}/article.txt");
        return ArticleParser.Parse(Path.GetFileName(path), File.ReadAllText(path));
    }
}
