using ArticleQA.Core.Answering;
using ArticleQA.Core.Ingestion;
using ArticleQA.Evaluation.Running;
using ArticleQA.Evaluation.Training;

namespace ArticleQA.Evaluation.Tests.Training;

public sealed class OutOfFoldFileTests
{
    private static readonly AnswerPolicy Policy = new() { AbstainBelow = 0.3, JoinShare = 0.9, MaxSentences = 1 };

    private static readonly Sentence Bridge = new(0, "a.txt", PartKind.Body, 1, 0, 40, "The bridge opened in 1957 after four years.");
    private static readonly Sentence Span = new(1, "a.txt", PartKind.Body, 2, 41, 90, "Its main span is 1,158 metres long.");

    private static PredictedExample Example(string id, string question, EvalExpectation expected, double bridge, double span, bool bridgeSupports, bool spanSupports) =>
        new(
            new TrainingExample(
                "bridge-article",
                new EvalQuestion { Id = id, Question = question, Expected = expected, Tags = ["numeric"] },
                QuestionProfiler.Profile(question, _ => false),
                [new TrainingCandidate(Bridge, [], bridgeSupports), new TrainingCandidate(Span, [], spanSupports)]),
            [bridge, span]);

    [Fact]
    public void Lines_SayWhatThePolicyDidWithEachQuestion()
    {
        var settings = new AnswerOptions();
        PredictedExample[] predicted =
        [
            Example("q1", "When did the bridge open?", new() { Contains = [["1957"]], Support = [Bridge.Text] }, 0.8, 0.1, bridgeSupports: true, spanSupports: false),
            Example("q2", "How long is the main span?", new() { Contains = [["1,158"]], Support = [Span.Text] }, 0.6, 0.5, bridgeSupports: false, spanSupports: true),
            Example("q3", "Who designed the bridge?", new() { Unanswerable = true }, 0.2, 0.1, bridgeSupports: false, spanSupports: false),
        ];

        var lines = OutOfFoldFile.Lines(predicted, Policy, settings).ToList();

        Assert.Equal(["q1", "q2", "q3"], lines.Select(l => l.Id));
        Assert.True(lines[0] is { Answered: true, Correct: true, BestSupports: true, SupportRank: 1, CitationsOnSupport: 1, Expected: "answerable" });
        Assert.True(lines[1] is { Answered: true, Correct: false, BestSupports: false, SupportRank: 2, CitationsOnSupport: 0 });
        Assert.True(lines[2] is { Answered: false, Expected: "unanswerable", SupportRank: null, BestProbability: 0.2 });
        var score = PolicySearch.Score(predicted, Policy, settings);
        Assert.Equal(0.5, score.AnswerAccuracy, 6);
        Assert.Equal(0.5, score.CitationPrecision, 6);
        Assert.Equal(1, score.AbstentionAccuracy, 6);
    }
}
