using ArticleQA.Core.Answering;
using ArticleQA.Core.Ingestion;
using ArticleQA.Evaluation.Running;
using ArticleQA.Evaluation.Training;

namespace ArticleQA.Evaluation.Tests.Training;

/// <summary>The weight of the questions shown without their supporting sentences, on made-up feature vectors.</summary>
public sealed class RankerTrainerTests
{
    private static readonly Sentence Any = new(0, "a.txt", PartKind.Body, 1, 0, 10, "Some text.");

    // 60 questions: the supporting candidate scores high on the first feature, the others low; the
    // candidates without support all score in the middle, where only those rows say "no".
    private static List<TrainingExample> Examples()
    {
        var examples = new List<TrainingExample>();
        for (var q = 0; q < 60; q++)
        {
            var jitter = q / 600f;
            examples.Add(new TrainingExample(
                "article",
                new EvalQuestion { Id = $"q{q}", Question = "What happened?", Expected = new() { Contains = [["x"]], Support = ["Some text."] } },
                null,
                [Candidate(0.9f + jitter, true), Candidate(0.1f + jitter, false), Candidate(0.2f + jitter, false)],
                [Candidate(0.5f + jitter, false), Candidate(0.55f + jitter, false)]));
        }

        return examples;
    }

    private static TrainingCandidate Candidate(float first, bool supports)
    {
        var features = new float[CandidateFeatures.Names.Count];
        features[0] = first;
        return new TrainingCandidate(Any, features, supports);
    }

    [Fact]
    public void Fit_WeightZero_IgnoresTheCandidatesWithoutSupport()
    {
        var examples = Examples();
        var none = examples.Select(e => e with { WithoutSupport = null }).ToList();

        var ignored = RankerTrainer.Fit(examples, new AnswerPolicy());
        var absent = RankerTrainer.Fit(none, new AnswerPolicy());

        Assert.Equal(absent.Probability(Middle()), ignored.Probability(Middle()), 6);
    }

    [Fact]
    public void Fit_PositiveWeight_LowersWhatOnlyThoseCandidatesSayNoTo()
    {
        var examples = Examples();

        var without = RankerTrainer.Fit(examples, new AnswerPolicy());
        var with = RankerTrainer.Fit(examples, new AnswerPolicy(), withoutSupportWeight: 1);

        Assert.True(with.Probability(Middle()) < without.Probability(Middle()), $"{with.Probability(Middle()):0.000} against {without.Probability(Middle()):0.000}");
    }

    [Fact]
    public void Fit_PositiveWeight_OnExamplesReadWithoutThem_Throws()
    {
        var none = Examples().Select(e => e with { WithoutSupport = null }).ToList();

        Assert.Throws<InvalidOperationException>(() => RankerTrainer.Fit(none, new AnswerPolicy(), withoutSupportWeight: 0.5));
    }

    [Fact]
    public void Fit_NegativeWeight_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RankerTrainer.Fit(Examples(), new AnswerPolicy(), withoutSupportWeight: -1));

    [Fact]
    public void FitOrder_PutsTheSupportingCandidateFirst()
    {
        var examples = Examples();

        var order = new RankerModel { Features = CandidateFeatures.Names.ToList(), OrderTrees = RankerTrainer.FitOrder(examples) };

        Assert.All(examples, e =>
        {
            var first = e.Candidates.OrderByDescending(c => order.Order(c.Features)).First();
            Assert.True(first.Supports);
        });
    }

    [Fact]
    public void Ranking_FollowsTheOrderWhenThereIsOne_ElseTheProbabilities()
    {
        var example = Examples()[0];

        var byProbability = new PredictedExample(example, [0.2, 0.9, 0.5]);
        var byOrder = new PredictedExample(example, [0.2, 0.9, 0.5], [3.0, -1.0, 0.5]);

        Assert.Equal([1, 2, 0], byProbability.Ranking());
        Assert.Equal([0, 2, 1], byOrder.Ranking());
    }

    private static float[] Middle()
    {
        var features = new float[CandidateFeatures.Names.Count];
        features[0] = 0.52f;
        return features;
    }
}
