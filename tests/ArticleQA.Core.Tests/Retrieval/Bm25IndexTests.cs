using ArticleQA.Core.Retrieval;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Retrieval;

public sealed class Bm25IndexTests
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    // No stop words; lengths 2, 3 and 1 (average 2).
    private static readonly string[] Corpus = ["apple banana", "apple cherry cherry", "durian"];

    [Fact]
    public void Score_SingleTerm_MatchesTheBm25FormulaByHand()
    {
        var index = new Bm25Index(Corpus);

        var scores = index.Score(Stems("cherry"));

        // cherry: df = 1 of N = 3; tf = 2 in a text of length 3, average length 2.
        var idf = Math.Log(1 + ((3 - 1 + 0.5) / (1 + 0.5)));
        var expected = idf * (2 * (K1 + 1)) / (2 + (K1 * (1 - B + (B * 3 / 2.0))));
        Assert.Equal(0, scores[0]);
        Assert.Equal(expected, scores[1], precision: 12);
        Assert.Equal(0, scores[2]);
    }

    [Fact]
    public void Score_TwoTerms_SumsThePerTermScoresByHand()
    {
        var index = new Bm25Index(Corpus);

        var scores = index.Score(Stems("apple cherry"));

        var appleIdf = Math.Log(1 + ((3 - 2 + 0.5) / (2 + 0.5)));
        var cherryIdf = Math.Log(1 + ((3 - 1 + 0.5) / (1 + 0.5)));
        var first = appleIdf * (1 * (K1 + 1)) / (1 + (K1 * (1 - B + (B * 2 / 2.0))));
        var second = (appleIdf * (1 * (K1 + 1)) / (1 + (K1 * (1 - B + (B * 3 / 2.0)))))
                     + (cherryIdf * (2 * (K1 + 1)) / (2 + (K1 * (1 - B + (B * 3 / 2.0)))));
        Assert.Equal(first, scores[0], precision: 12);
        Assert.Equal(second, scores[1], precision: 12);
    }

    [Fact]
    public void Score_RanksTheTextWithMoreAndRarerMatchesFirst()
    {
        var index = new Bm25Index(Corpus);

        var scores = index.Score(Stems("apple cherry"));

        var ranking = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToList();
        Assert.Equal([1, 0, 2], ranking);
    }

    [Fact]
    public void Score_UnknownTerm_ScoresZeroEverywhere()
    {
        var index = new Bm25Index(Corpus);

        var scores = index.Score(Stems("zebra"));

        Assert.All(scores, s => Assert.Equal(0, s));
        Assert.Equal(0, index.Idf(Stemmer.Stem("zebra")));
    }

    [Fact]
    public void Score_RepeatedQueryTerm_CountsOnce()
    {
        var index = new Bm25Index(Corpus);

        var once = index.Score(Stems("cherry"));
        var twice = index.Score(Stems("cherry cherry"));

        Assert.Equal(once, twice);
    }

    [Fact]
    public void Score_AnalysesTextsLikeQueries_SoPluralsMatch()
    {
        var index = new Bm25Index(["Xiaomi invested in robots", "Nothing relevant here"]);

        var scores = index.Score(Stems("robot investment"));

        Assert.True(scores[0] > 0);
        Assert.Equal(0, scores[1]);
    }

    /// <summary>Query stems as the retriever makes them.</summary>
    private static List<string> Stems(string query) => TextAnalyzer.Stems(query).ToList();
}
