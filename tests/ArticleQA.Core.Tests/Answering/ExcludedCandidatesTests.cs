using ArticleQA.Core.Answering;
using static ArticleQA.Core.Tests.Answering.FeatureContexts;

namespace ArticleQA.Core.Tests.Answering;

/// <summary>
/// Candidate features with sentences treated as absent (training's questions without their supporting
/// sentences), on two articles: the absent sentences are no candidates, and the features that compare a
/// candidate with the others are computed as if they were not in the article.
/// </summary>
public sealed class ExcludedCandidatesTests
{
    /// <summary>A question of each of two articles, and the start of the sentence that answers it.</summary>
    public static TheoryData<string, string, string> Supported => new()
    {
        { "mackinac-bridge", "When did the bridge open?", "Opened in 1957" },
        { "louisa-may-alcott", "Who was her father?", "She was the daughter of transcendentalist" },
    };

    [Theory]
    [MemberData(nameof(Supported))]
    public void Compute_Excluded_LeavesTheSentenceOut(string article, string question, string support)
    {
        var index = Index(article);
        var at = At(index, support);

        var all = Compute(index, question, new() { [at] = 0.9 });
        var without = Compute(index, question, new() { [at] = 0.9 }, new HashSet<int> { at });

        Assert.Contains(at, all.Keys);
        Assert.DoesNotContain(at, without.Keys);
        Assert.Equal(all.Count - 1, without.Count);
    }

    [Theory]
    [MemberData(nameof(Supported))]
    public void Compute_Excluded_TheNextBestBecomesTheBest(string article, string question, string support)
    {
        var index = Index(article);
        var at = At(index, support);
        var other = index.Sentences.Where(CandidateFeatures.IsCandidate).Select(s => s.Index).First(i => Math.Abs(i - at) > 1);
        var similarity = new Dictionary<int, double> { [at] = 0.9, [other] = 0.6 };

        var with = Compute(index, question, similarity)[other];
        var without = Compute(index, question, similarity, new HashSet<int> { at })[other];

        Assert.Equal(0.5f, F(with, "sim_rank"));
        Assert.Equal(1f, F(without, "sim_rank"));
        Assert.Equal(-0.3f, F(with, "sim_gap"), 4);
        Assert.Equal(0f, F(without, "sim_gap"), 4);
        Assert.Equal(0.9f, F(with, "q_max_sim"), 4);
        Assert.Equal(0.6f, F(without, "q_max_sim"), 4);
    }

    [Theory]
    [MemberData(nameof(Supported))]
    public void Compute_Excluded_NeighboursDoNotSeeIt(string article, string question, string support)
    {
        var index = Index(article);
        var at = At(index, support);
        var similarity = new Dictionary<int, double> { [at] = 0.9 };

        var with = Compute(index, question, similarity)[at - 1];
        var without = Compute(index, question, similarity, new HashSet<int> { at })[at - 1];

        Assert.Equal(0.9f, F(with, "sim_neighbour"), 4);
        Assert.True(F(without, "sim_neighbour") < 0.5f);
    }

    [Fact]
    public void Compute_NothingExcluded_IsTheSameAsNone()
    {
        var index = Index("mackinac-bridge");

        var none = Compute(index, "When did the bridge open?", []);
        var empty = Compute(index, "When did the bridge open?", [], new HashSet<int>());

        Assert.Equal(none.Keys, empty.Keys);
        Assert.All(none, pair => Assert.Equal(pair.Value, empty[pair.Key]));
    }
}
