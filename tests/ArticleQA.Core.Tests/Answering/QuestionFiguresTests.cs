using ArticleQA.Core.Answering;

namespace ArticleQA.Core.Tests.Answering;

public sealed class QuestionFiguresTests
{
    [Theory]
    [InlineData("Which country ranked first in the 2024 Global Innovation Index?", "China ranked first in the 2024 Global Innovation Index.", true)]
    [InlineData("Which country ranked first in the 2024 Global Innovation Index?", "China also ranked 11th in the 2024 Global Innovation Index.", false)]
    [InlineData("Which country topped the 2024 Global Innovation Index?", "China also ranked 11th in the 2024 Global Innovation Index.", false)]
    [InlineData("Which country topped the production of industrial products?", "It ranks first globally in the production of over 220 industrial products.", true)]
    [InlineData("How much did China spend on R&D in 2023?", "In 2024, China's total R&D expenditure reached 3.6 trillion yuan.", false)]
    [InlineData("How many patents per 10,000 people did China have?", "There were 14 high-value invention patents per 10,000 people.", true)]
    [InlineData("What is displayed next to the Xiaomi SU7 Ultra?", "A Xiaomi SU7 Ultra is displayed at a mall.", true)]
    public void StatedIn_WhQuestion_NeedsItsFiguresInTheSentence(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, QuestionFigures.Of(question).StatedIn(sentence));
    }

    [Fact]
    public void Of_FigureAssertedForConfirmation_IsNoConstraint()
    {
        var figures = QuestionFigures.Of("The article says Xiaomi spent 500 billion yuan on R&D, right?");

        Assert.True(figures.IsEmpty);
        Assert.True(figures.StatedIn("Xiaomi has invested 105 billion yuan in research and development."));
    }

    [Fact]
    public void Of_FigurePartOfAWord_IsNoFigure()
    {
        Assert.True(QuestionFigures.Of("Where was the SU7 displayed?").IsEmpty);
    }

    [Theory]
    [InlineData("What does the number 220 refer to in the article?", true)]
    [InlineData("What does the figure of 14 per 10,000 people measure?", true)]
    [InlineData("What does 2.68 percent represent?", true)]
    [InlineData("How many lighthouse factories are in China?", false)]
    [InlineData("What does the report refer to?", false)]
    public void AsksWhatAFigureMeans_QuestionAboutAFiguresMeaning_IsRecognised(string question, bool expected) =>
        Assert.Equal(expected, QuestionFigures.AsksWhatAFigureMeans(question));

    [Theory]
    [InlineData("What is the EU average that China's 2.68 percent surpassed?", "R&D intensity stood at 2.68 percent in 2024.", false)]
    [InlineData("What is the EU average that China's 2.68 percent surpassed?", "The EU average was 2.1 percent.", true)]
    [InlineData("How many lighthouse factories does China have?", "China is home to 79 lighthouse factories.", true)]
    public void StatesAnotherQuantity_NeedsAFigureTheQuestionDoesNotGive(string question, string sentence, bool expected) =>
        Assert.Equal(expected, QuestionFigures.Of(question).StatesAnotherQuantity(sentence));

    [Theory]
    [InlineData("Is it true that China produced 50,000 humanoid robots in 2024?", "China has more than half of the global installations of industrial robots.", false)]
    [InlineData("Did Xiaomi invest 500 billion yuan in R&D?", "Xiaomi has invested 105 billion yuan in R&D.", true)]
    [InlineData("The article says Xiaomi spent 500 billion dollars, what does it say?", "Xiaomi has invested 105 billion yuan in R&D.", true)]
    public void CountsWhatIsConfirmed_AYesNoQuestionsFigure_MustCountTheSameThings(string question, string sentence, bool expected) =>
        Assert.Equal(expected, QuestionFigures.Of(question).CountsWhatIsConfirmed(sentence));

    [Fact]
    public void StatedIn_AYearStatedInTheParagraph_IsEnough()
    {
        var figures = QuestionFigures.Of("What fraction of the research budget went to basic science in 2024?");
        var paragraph = new HashSet<string> { "2024", "proport" };

        Assert.True(figures.StatedIn("The proportion of basic research funding hit 6.91 percent.", paragraph));
        Assert.False(figures.StatedIn("The proportion of basic research funding hit 6.91 percent.", new HashSet<string>()));
    }

    [Fact]
    public void StatedIn_SmallNumberWrittenInWords_IsStated() =>
        Assert.True(QuestionFigures.Of("How much did Xiaomi invest in the last 5 yrs?").StatedIn("Xiaomi invested 105 billion yuan over the past five years."));
}
