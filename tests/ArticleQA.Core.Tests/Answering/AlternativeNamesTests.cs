using ArticleQA.Core.Answering;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Answering;

public sealed class AlternativeNamesTests
{
    private static List<(IReadOnlyList<string> Stems, string Name)> Names(params string[] names) =>
        names.Select(n => ((IReadOnlyList<string>)TextAnalyzer.Stems(n).ToList(), n)).ToList();

    [Fact]
    public void Readings_EitherOrQuestion_ReadsEachAlternativeAlone()
    {
        var readings = AlternativeNames.Readings("Was it Lei Jun or Jin Li who said the report reminded him?", Names("Lei Jun", "Jin Li"));

        Assert.Equal(2, readings.Count);
        Assert.Equal(["Lei Jun"], readings[0]);
        Assert.Equal(["Jin Li"], readings[1]);
    }

    [Fact]
    public void Readings_QuestionWithoutAlternatives_KeepsEveryName()
    {
        var readings = AlternativeNames.Readings("Did Lei Jun and Jin Li both speak?", Names("Lei Jun", "Jin Li"));

        Assert.Equal(["Lei Jun", "Jin Li"], Assert.Single(readings));
    }
}
