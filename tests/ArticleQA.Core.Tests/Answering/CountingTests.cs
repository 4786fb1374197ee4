using ArticleQA.Core.Answering;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Answering;

public sealed class CountingTests
{
    [Theory]
    [InlineData("How many lighthouse factories does China have?", "factories")]
    [InlineData("How many high-value invention patents per 10,000 people did China have?", "patents")]
    [InlineData("How many countries can deliver complete quantum computers?", "countries")]
    [InlineData("How many robots?", "robots")]
    [InlineData("For how many kinds of manufactured goods is China the biggest maker?", "goods")]
    [InlineData("How many deputies attended the third session of the 14th NPC?", "deputies")]
    public void CountedNoun_HowManyQuestion_IsTheNounCounted(string question, string noun)
    {
        Assert.Equal(Stemmer.Stem(noun), Counting.CountedNoun(question));
    }

    [Theory]
    [InlineData("How many of them are in China?")]
    [InlineData("How much did Xiaomi invest?")]
    [InlineData("Why does China invest in research?")]
    public void CountedNoun_NoNounCounted_IsNull(string question)
    {
        Assert.Null(Counting.CountedNoun(question));
    }

    [Theory]
    [InlineData("To date, China is home to 79 lighthouse factories, the highest number.", "factories", true)]
    [InlineData("There were 14 high-value invention patents per 10,000 people.", "patents", true)]
    [InlineData("China has become the third country capable of delivering complete quantum computers.", "countries", true)]
    [InlineData("China has become the third country capable of delivering complete quantum computers.", "computers", false)]
    [InlineData("In 2024, China built factories worth 3.6 trillion yuan.", "factories", false)]
    public void Counts_FigureJustBeforeTheNoun_IsACount(string sentence, string noun, bool expected)
    {
        Assert.Equal(expected, Counting.Counts(sentence, Stemmer.Stem(noun)));
    }

    [Fact]
    public void Counts_FigureFourWordsBeforeTheNoun_Counts() =>
        Assert.True(Counting.Counts("It received 30 national science and technology awards.", Stemmer.Stem("awards")));
}
