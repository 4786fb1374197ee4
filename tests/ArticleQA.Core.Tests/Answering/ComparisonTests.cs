using ArticleQA.Core.Answering;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Answering;

public sealed class ComparisonTests
{
    [Fact]
    public void StatedStems_SentenceWithAComparison_LeavesOutTheYardstick()
    {
        const string sentence = "Its R&D intensity stood at 2.68 percent, surpassing the average level of European Union countries.";
        var all = TextAnalyzer.Stems(sentence).ToHashSet(StringComparer.Ordinal);

        var stated = Comparison.StatedStems(sentence, all);

        Assert.Contains("2.68", stated);
        Assert.Contains("union", all);
        Assert.DoesNotContain("union", stated);
    }

    [Fact]
    public void StatedStems_SentenceWithoutAComparison_IsEveryStem()
    {
        const string sentence = "China is home to 79 lighthouse factories.";
        var all = TextAnalyzer.Stems(sentence).ToHashSet(StringComparer.Ordinal);

        Assert.Same(all, Comparison.StatedStems(sentence, all));
    }

    [Fact]
    public void StatedStems_AttributionAfterTheComparison_IsStated()
    {
        const string sentence = "It stood at 2.68 percent, surpassing the average level of European Union countries, the National Bureau of Statistics said.";
        var all = TextAnalyzer.Stems(sentence).ToHashSet(StringComparer.Ordinal);

        var stated = Comparison.StatedStems(sentence, all);

        Assert.DoesNotContain("union", stated);
        Assert.Contains("bureau", stated);
    }

    [Fact]
    public void StatedStems_MoreThanAFigure_IsAQuantityNotAComparison()
    {
        const string sentence = "China has accounted for more than half of the global installations of industrial robots, Qiao said.";
        var all = TextAnalyzer.Stems(sentence).ToHashSet(StringComparer.Ordinal);

        Assert.Same(all, Comparison.StatedStems(sentence, all));
    }

    [Theory]
    [InlineData("china r&d intensity 2024 vs eu", true)]
    [InlineData("How does China's R&D intensity compare with the EU average?", true)]
    [InlineData("What was China's R&D intensity in 2024?", false)]
    public void AsksToCompare_ComparingQuestions_AreRecognised(string question, bool expected) =>
        Assert.Equal(expected, Comparison.AsksToCompare(question));
}
