using ArticleQA.Core.Answering;

namespace ArticleQA.Core.Tests.Answering;

/// <summary>Facts read from sentences of several articles of the collection.</summary>
public sealed class FactReaderTests
{
    [Fact]
    public void Read_Money_NeedsAFigureNearTheCurrency()
    {
        Assert.True(FactReader.Read("Xiaomi invested 105 billion yuan in research and development over five years.").Money);
        Assert.True(FactReader.Read("The company's shares fell to $0.26 by the end of November.").Money);
        Assert.False(FactReader.Read("The yuan is China's currency.").Money);
    }

    [Fact]
    public void Read_Percent_AndCountsWithoutDates()
    {
        var share = FactReader.Read("The unemployment rate edged down to 3.5 percent in March.");
        Assert.True(share.Percent);
        Assert.True(share.Number);
        var dated = FactReader.Read("The exhibit opened on January 23, 2014.");
        Assert.True(dated.Date);
        Assert.True(dated.Year);
        Assert.False(dated.Number);
    }

    [Fact]
    public void Read_AgeAndDuration_AreTold()
    {
        Assert.True(FactReader.Read("Nansen, 27, led the first crossing of the Greenland interior.").Age);
        Assert.True(FactReader.Read("The expedition lasted three years.").Duration);
        Assert.False(FactReader.Read("A 12-year-old boy was rescued.").Duration);
        Assert.True(FactReader.Read("A 12-year-old boy was rescued.").Age);
    }

    [Fact]
    public void Read_PeopleOrganisationsPlacesAndSpeech()
    {
        var quote = FactReader.Read("“We are delighted,” said Karen Pinkerton of the Fish and Wildlife Service.");
        Assert.True(quote.Quote);
        Assert.True(quote.Speech);
        Assert.True(quote.Person);
        Assert.True(quote.Organisation);
        Assert.True(FactReader.Read("The match was played in Volgograd.").Place);
        Assert.True(FactReader.Read("Researchers said the study was small.").Person);
    }
}
