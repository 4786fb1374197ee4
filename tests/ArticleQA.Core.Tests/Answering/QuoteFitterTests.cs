using ArticleQA.Core.Answering;
using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Answering;

public sealed class QuoteFitterTests
{
    private const string Text =
        "Jin Li, vice-president of the Southern University of Science and Technology, said basic research matters, and that talent matters too, and that funding must rise.";

    private static readonly Sentence Long = new(0, "a.txt", PartKind.Body, 13, 100, 100 + Text.Length, Text);

    [Fact]
    public void Fit_SentenceThatFits_IsKeptWhole() => Assert.Same(Long, QuoteFitter.Fit(Long, 500, []));

    [Fact]
    public void Fit_TooLong_KeepsTheOpeningClauseWithItsSubjectOnATie()
    {
        var fitted = QuoteFitter.Fit(Long, 90, TextAnalyzer.Stems("Who is the vice-president of the Southern University?").ToList());

        Assert.StartsWith("Jin Li, vice-president", fitted.Text);
        Assert.True(fitted.Text.Length <= 90);
        Assert.Equal(Text[(fitted.Start - Long.Start)..(fitted.End - Long.Start)], fitted.Text);
    }
}
