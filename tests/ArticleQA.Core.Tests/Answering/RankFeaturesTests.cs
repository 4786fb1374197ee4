using ArticleQA.Core.Answering;
using static ArticleQA.Core.Tests.Answering.FeatureContexts;

namespace ArticleQA.Core.Tests.Answering;

/// <summary>The ranker's features of a place in an order asked (superlatives, ordinals), on two articles.</summary>
public sealed class RankFeaturesTests
{
    [Theory]
    [InlineData("mackinac-bridge", "Which is the longest suspension bridge in the Western Hemisphere?", "Opened in 1957", 1)]
    [InlineData("mackinac-bridge", "Which bridge ranks first in the world by main span?", "Opened in 1957", 0)]
    [InlineData("louisa-may-alcott", "Which daughter was she, the second?", "She was the daughter of transcendentalist", 1)]
    [InlineData("louisa-may-alcott", "Was she the third of the daughters?", "She was the daughter of transcendentalist", 0)]
    public void Compute_PlaceAsked_MatchesOnlyTheSamePlaceStated(string article, string question, string sentence, int match)
    {
        var index = Index(article);

        var features = Compute(index, question, [])[At(index, sentence)];

        Assert.Equal(1, F(features, "s_rank"));
        Assert.Equal(match, F(features, "rank_match"));
    }

    [Theory]
    [InlineData("mackinac-bridge", "When did the bridge open?")]
    [InlineData("louisa-may-alcott", "What did her father do?")]
    public void Compute_NoPlaceAsked_RankMatchIsMinusOne(string article, string question)
    {
        var features = Compute(Index(article), question, []);

        Assert.All(features.Values, f => Assert.Equal(-1, F(f, "rank_match")));
        Assert.Contains(features.Values, f => F(f, "s_rank") == 1);
        Assert.Contains(features.Values, f => F(f, "s_rank") == 0);
    }
}
