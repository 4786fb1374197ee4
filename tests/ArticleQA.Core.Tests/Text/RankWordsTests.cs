using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Text;

public sealed class RankWordsTests
{
    [Theory]
    // corpus/powering-up.txt
    [InlineData("China also ranked 11th in the 2024 Global Innovation Index, solidifying its status as one of the fastest-improving economies.", "11,fastest")]
    [InlineData("To date, China is home to 79 lighthouse factories, the highest number of any country.", "most")]
    // mackinac-bridge
    [InlineData("Opened in 1957, the bridge is the world's 22nd-longest main span and the longest suspension bridge between anchorages in the Western Hemisphere.", "22,longest")]
    // platypus
    [InlineData("When the platypus was first encountered by Europeans in 1798, a pelt and sketch were sent back by the second Governor of New South Wales.", "1,2")]
    public void In_ArticleSentences_NameTheirPlaces(string sentence, string places) =>
        Assert.Equal(places.Split(',').Order(StringComparer.Ordinal), RankWords.In(sentence).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Which country topped the 2024 Global Innovation Index?", "Which country ranked first in the 2024 Global Innovation Index?")]
    [InlineData("Which country has the biggest number of lighthouse factories?", "Which country has the most lighthouse factories?")]
    [InlineData("Who was the 1st governor?", "Who was the first governor?")]
    public void In_WordingsOfTheSamePlace_Agree(string one, string other)
    {
        var places = RankWords.In(one);

        Assert.NotEmpty(places);
        Assert.Equal(places, RankWords.In(other));
    }

    [Theory]
    [InlineData("The bridge opened in 1957 and carries 11,000 cars a day.")]
    [InlineData("Researchers tested the salt in 2023.")]
    public void In_NumbersAndOrdinaryWords_NameNoPlace(string sentence) =>
        Assert.Empty(RankWords.In(sentence));
}
