using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Text;

public sealed class StemmerTests
{
    [Theory]
    [InlineData("invested", "invest")]
    [InlineData("invests", "invest")]
    [InlineData("investing", "invest")]
    [InlineData("investments", "investment")]
    [InlineData("factories", "factory")]
    [InlineData("companies", "company")]
    [InlineData("industries", "industry")]
    [InlineData("robots", "robot")]
    [InlineData("labs", "lab")]
    [InlineData("processes", "process")]
    [InlineData("planned", "plan")]
    [InlineData("stopped", "stop")]
    [InlineData("increases", "increase")]
    [InlineData("increased", "increase")]
    [InlineData("increasing", "increase")]
    [InlineData("produced", "produce")]
    public void Stem_PluralAndPastForms_MeetTheirBaseForm(string inflected, string baseForm)
    {
        var stem = Stemmer.Stem(inflected);

        Assert.Equal(Stemmer.Stem(baseForm), stem);
    }

    [Theory]
    [InlineData("address")]
    [InlineData("status")]
    [InlineData("analysis")]
    public void Stem_WordEndingInSButNotPlural_KeepsItsS(string word)
    {
        var stem = Stemmer.Stem(word);

        Assert.Equal(word, stem);
    }

    [Theory]
    [InlineData("6g")]
    [InlineData("r&d")]
    [InlineData("ai")]
    [InlineData("its")]
    public void Stem_ShortWordsAndWordsWithNonLetters_AreUnchanged(string word)
    {
        var stem = Stemmer.Stem(word);

        Assert.Equal(word, stem);
    }

    [Theory]
    [InlineData("businesses", "business")]
    [InlineData("taxes", "tax")]
    [InlineData("boxes", "box")]
    public void Stem_PluralOfWordEndingInNessOrOfShortSibilantWord_MeetsItsSingular(string plural, string singular)
    {
        var stem = Stemmer.Stem(plural);

        Assert.Equal(Stemmer.Stem(singular), stem);
    }
}
