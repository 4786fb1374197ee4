using System.Text;
using ArticleQA.Core.Answering;
using ArticleQA.Core.Ingestion;

namespace ArticleQA.Core.Tests.Answering;

public sealed class RankerModelTests
{
    [Fact]
    public void LoadShipped_FitsThisProgramsFeatures()
    {
        var model = RankerModel.LoadShipped();

        Assert.Equal(CandidateFeatures.Names, model.Features);
        Assert.NotEmpty(model.Trees);
        Assert.InRange(model.Policy.AbstainBelow, 0, 1);
    }

    [Fact]
    public void Probability_OneSplit_GoesLeftAtOrBelowTheThreshold()
    {
        var tree = new RegressionTree { Feature = [0], Threshold = [0.5f], Left = [~0], Right = [~1], Leaf = [-2, 2] };
        var model = new RankerModel { Features = CandidateFeatures.Names.ToList(), Trees = [tree], PlattSlope = -1 };
        var features = new float[CandidateFeatures.Names.Count];

        features[0] = 0.5f;
        var low = model.Probability(features);
        features[0] = 0.6f;
        var high = model.Probability(features);

        Assert.Equal(1 / (1 + Math.Exp(2)), low, 6);
        Assert.Equal(1 / (1 + Math.Exp(-2)), high, 6);
    }

    [Fact]
    public void Order_WithOrderTrees_SumsThem_AndSurvivesSaveAndLoad()
    {
        var tree = new RegressionTree { Feature = [1], Threshold = [0.5f], Left = [~0], Right = [~1], Leaf = [-1, 3], Weight = 0.5 };
        var model = new RankerModel { Features = CandidateFeatures.Names.ToList(), OrderTrees = [tree] };
        var features = new float[CandidateFeatures.Names.Count];
        features[1] = 0.9f;

        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = RankerModel.Load(stream, "m.json");

        Assert.True(loaded.Orders);
        Assert.Equal(1.5, loaded.Order(features), 6);
        Assert.False(RankerModel.LoadShipped().Orders);
    }

    [Fact]
    public void Load_MalformedOrderTree_IsRefusedWithAMessage()
    {
        var names = string.Join(",", CandidateFeatures.Names.Select(n => $"\"{n}\""));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(
            $$"""{"version":1,"features":[{{names}}],"trees":[],"order_trees":[{"feature":[9999],"threshold":[0],"left":[-1],"right":[-2],"leaf":[0,1]}]}"""));

        var error = Assert.Throws<InvalidDataException>(() => RankerModel.Load(stream, "m.json"));
        Assert.Contains("malformed", error.Message);
    }

    [Fact]
    public void Load_OtherFeatures_IsRefusedWithAMessage()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{"version":1,"features":["a"],"trees":[]}"""));

        var error = Assert.Throws<InvalidDataException>(() => RankerModel.Load(stream, "m.json"));
        Assert.Contains("retrain", error.Message);
    }

    [Fact]
    public void Choose_BelowThreshold_Abstains_AndJoinsOnlyCloseOnes()
    {
        static RankedSentence S(int i, double p) => new(new Sentence(i, "a.txt", PartKind.Body, 1, i * 10, i * 10 + 9, $"Sentence {i}."), p);
        var policy = new AnswerPolicy { AbstainBelow = 0.3, JoinShare = 0.8, MaxSentences = 2 };

        Assert.Empty(AnswerSelection.Choose([S(0, 0.2), S(1, 0.1)], policy, 3, 500));
        var chosen = AnswerSelection.Choose([S(3, 0.9), S(1, 0.75), S(2, 0.5)], policy, 3, 500);
        Assert.Equal([1, 3], chosen.Select(c => c.Sentence.Index));
    }

    [Fact]
    public void Choose_TakesTheFirstAsBest_EvenWhenALaterOneIsMoreLikely()
    {
        static RankedSentence S(int i, double p) => new(new Sentence(i, "a.txt", PartKind.Body, 1, i * 10, i * 10 + 9, $"Sentence {i}."), p);
        var policy = new AnswerPolicy { AbstainBelow = 0.3, JoinShare = 0.8, MaxSentences = 2 };

        var chosen = AnswerSelection.Choose([S(4, 0.6), S(2, 0.9), S(1, 0.2)], policy, 3, 500);
        var abstained = AnswerSelection.Choose([S(4, 0.25), S(2, 0.9)], policy, 3, 500);

        Assert.Equal([2, 4], chosen.Select(c => c.Sentence.Index));
        Assert.Empty(abstained);
    }
}
