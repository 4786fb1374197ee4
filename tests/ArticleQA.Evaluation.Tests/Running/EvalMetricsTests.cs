using ArticleQA.Evaluation.Running;

namespace ArticleQA.Evaluation.Tests.Running;

public sealed class EvalMetricsTests
{
    private const string Support = "To date, China is home to 79 lighthouse factories, the highest number of any country";
    private const string Good = "China is home to 79 lighthouse factories";
    private const string Bad = "Zhejiang province is a bellwether for China’s regional innovation strategies.";

    [Fact]
    public void Summarize_AnswerAccuracy_CountsCorrectAnswersOverAnswerableQuestionsOnly()
    {
        EvalQuestion[] questions =
        [
            Answerable("q1"), Answerable("q2"), Answerable("q3"), Unanswerable("q4"),
            new() { Id = "q5", Question = "Not scored" },
        ];
        ResultItem[] items =
        [
            Item("q1", "China has 79 lighthouse factories [1]."),
            Item("q2", "China has many factories."),
            Item("q3", "The article does not say; perhaps 79.", abstained: true),
            Item("q4", "79"),
            Item("q5", "79"),
        ];

        var summary = EvalMetrics.Summarize(questions, items);

        Assert.Equal(1.0 / 3, summary[EvalMetrics.AnswerAccuracy], precision: 12);
    }

    [Theory]
    [InlineData(600, true)]
    [InlineData(601, false)]
    public void IsCorrect_AnswerLength_CountsUpTo600Characters(int length, bool expected)
    {
        var answer = "79 " + new string('x', length - 3);

        var correct = EvalMetrics.IsCorrect(Item("q1", answer), Answerable("q1"));

        Assert.Equal(length, answer.Length);
        Assert.Equal(expected, correct);
    }

    [Fact]
    public void IsCorrect_Abstention_IsNeverCorrect()
    {
        var correct = EvalMetrics.IsCorrect(Item("q1", "79", abstained: true), Answerable("q1"));

        Assert.False(correct);
    }

    [Fact]
    public void Summarize_CitationPrecision_DividesSupportedCitationsByAllCitationsOfAnswerableQuestions()
    {
        EvalQuestion[] questions = [Answerable("q1"), Answerable("q2"), Answerable("q3"), Answerable("q4"), Unanswerable("u1")];
        ResultItem[] items =
        [
            Item("q1", "79 [1][2]", citations: [Good, Bad]),
            Item("q2", "79 [1]", citations: [Good]),
            Item("q3", "79"),
            Item("q4", "79 [1][2]", citations: [Bad, Bad]),
            Item("u1", "79 [1]", citations: [Bad]),
        ];

        var summary = EvalMetrics.Summarize(questions, items);

        // Answerable citations: good, bad, good, bad, bad.
        Assert.Equal(2.0 / 5, summary[EvalMetrics.CitationPrecision], precision: 12);
    }

    [Fact]
    public void Summarize_CitationRecall_CountsAnswerableQuestionsWithASupportedCitation()
    {
        EvalQuestion[] questions = [Answerable("q1"), Answerable("q2"), Answerable("q3"), Answerable("q4"), Unanswerable("u1")];
        ResultItem[] items =
        [
            Item("q1", "79 [1][2]", citations: [Good, Bad]),
            Item("q2", "79 [1]", citations: [Good]),
            Item("q3", "79"),
            Item("q4", "79 [1][2]", citations: [Bad, Bad]),
            Item("u1", "79 [1]", citations: [Good]),
        ];

        var summary = EvalMetrics.Summarize(questions, items);

        Assert.Equal(2.0 / 4, summary[EvalMetrics.CitationRecall], precision: 12);
    }

    [Fact]
    public void Summarize_RetrievalRecallAt5_CountsAHitAtRankFiveButNotAtRankSix()
    {
        EvalQuestion[] questions = [Answerable("q1"), Answerable("q2")];
        ResultItem[] items =
        [
            Item("q1", "79", retrieved: [Bad, Bad, Bad, Bad, Good]),
            Item("q2", "79", retrieved: [Bad, Bad, Bad, Bad, Bad, Good]),
        ];

        var summary = EvalMetrics.Summarize(questions, items);

        Assert.Equal(5, EvalMetrics.FirstSupportedRank(items[0], questions[0]));
        Assert.Equal(6, EvalMetrics.FirstSupportedRank(items[1], questions[1]));
        Assert.Equal(0.5, summary[EvalMetrics.RetrievalRecallAt5], precision: 12);
    }

    [Fact]
    public void Summarize_AbstentionAccuracy_CountsAbstentionsOnUnanswerableQuestionsOnly()
    {
        EvalQuestion[] questions = [Unanswerable("u1"), Unanswerable("u2"), Unanswerable("u3"), Answerable("q1")];
        ResultItem[] items =
        [
            Item("u1", "The article does not say.", abstained: true),
            Item("u2", "It was 2019."),
            Item("u3", "The article does not say.", abstained: true),
            Item("q1", "The article does not say.", abstained: true),
        ];

        var summary = EvalMetrics.Summarize(questions, items);

        Assert.Equal(2.0 / 3, summary[EvalMetrics.AbstentionAccuracy], precision: 12);
    }

    [Fact]
    public void Summarize_NoAnswerableQuestions_GivesZeroNotNaN()
    {
        var summary = EvalMetrics.Summarize([Unanswerable("u1")], [Item("u1", "No.", abstained: true)]);

        Assert.Equal(0, summary[EvalMetrics.AnswerAccuracy]);
        Assert.Equal(0, summary[EvalMetrics.CitationPrecision]);
        Assert.Equal(0, summary[EvalMetrics.RetrievalRecallAt5]);
        Assert.Equal(1, summary[EvalMetrics.AbstentionAccuracy]);
    }

    [Fact]
    public void TokenF1_PartialAnswer_MatchesHandComputedValue()
    {
        // Tokens: there, are, 79, lighthouse, factories (marker gone) against 79, lighthouse, factories:
        // precision 3/5, recall 3/3, F1 = 2 × 0.6 × 1 / 1.6 = 0.75.
        var f1 = EvalMetrics.TokenF1("There are 79 lighthouse factories [1].", "79 lighthouse factories");

        Assert.Equal(0.75, f1, precision: 12);
    }

    [Theory]
    [InlineData("The 79 factories.", "79 factories", 1.0)]
    [InlineData("Robots.", "79 factories", 0.0)]
    [InlineData("", "", 1.0)]
    [InlineData("[1]", "79", 0.0)]
    public void TokenF1_EdgeCases(string answer, string reference, double expected)
    {
        var f1 = EvalMetrics.TokenF1(answer, reference);

        Assert.Equal(expected, f1, precision: 12);
    }

    [Theory]
    [InlineData(0.0, 10.0)]
    [InlineData(0.5, 25.0)]
    [InlineData(0.95, 38.5)]
    [InlineData(1.0, 40.0)]
    public void Percentile_InterpolatesLinearlyBetweenSortedValues(double p, double expected)
    {
        double[] sorted = [10, 20, 30, 40];

        var value = EvalMetrics.Percentile(sorted, p);

        Assert.Equal(expected, value, precision: 9);
    }

    [Fact]
    public void SummarizeByTag_ScoresEachTagOverItsOwnQuestions()
    {
        EvalQuestion[] questions =
        [
            Answerable("q1") with { Tags = ["numeric", "factoid"] },
            Answerable("q2") with { Tags = ["numeric"] },
            Unanswerable("u1") with { Tags = ["unanswerable", "numeric"] },
            Unanswerable("u2") with { Tags = ["unanswerable"] },
        ];
        ResultItem[] items =
        [
            Item("q1", "79 [1]", citations: [Good]),
            Item("q2", "Many [1]", citations: [Bad]),
            Item("u1", "The article does not say.", abstained: true),
            Item("u2", "It was 2019."),
        ];

        var byTag = EvalMetrics.SummarizeByTag(questions, items);

        Assert.Equal(["factoid", "numeric", "unanswerable"], byTag.Keys);
        // numeric: q1 right, q2 wrong -> 1/2; one of two citations supported; u1 abstained -> 1/1.
        Assert.Equal(3, byTag["numeric"]["questions"]);
        Assert.Equal(0.5, byTag["numeric"][EvalMetrics.AnswerAccuracy], precision: 12);
        Assert.Equal(0.5, byTag["numeric"][EvalMetrics.CitationPrecision], precision: 12);
        Assert.Equal(1.0, byTag["numeric"][EvalMetrics.AbstentionAccuracy], precision: 12);
        Assert.Equal(1.0, byTag["factoid"][EvalMetrics.AnswerAccuracy], precision: 12);
        Assert.Equal(0.5, byTag["unanswerable"][EvalMetrics.AbstentionAccuracy], precision: 12);
    }

    [Fact]
    public void SummarizeByTag_LeavesOutSharesOverNoQuestions()
    {
        EvalQuestion[] questions = [Answerable("q1") with { Tags = ["numeric"] }, Unanswerable("u1") with { Tags = ["unanswerable"] }];
        ResultItem[] items = [Item("q1", "79 [1]", citations: [Good]), Item("u1", "No.", abstained: true)];

        var byTag = EvalMetrics.SummarizeByTag(questions, items);

        Assert.False(byTag["numeric"].ContainsKey(EvalMetrics.AbstentionAccuracy));
        Assert.False(byTag["unanswerable"].ContainsKey(EvalMetrics.AnswerAccuracy));
        Assert.False(byTag["unanswerable"].ContainsKey(EvalMetrics.RetrievalRecallAt5));
        Assert.Equal(1.0, byTag["unanswerable"][EvalMetrics.AbstentionAccuracy]);
    }

    [Fact]
    public void IsCorrect_AnswerLength_CountsCharactersNotUtf16Units()
    {
        // "79 " and 597 emoji: 600 characters (the limit) but 1197 UTF-16 units.
        var answer = "79 " + string.Concat(Enumerable.Repeat("\U0001F600", 597));

        var correct = EvalMetrics.IsCorrect(Item("q1", answer), Answerable("q1"));

        Assert.True(answer.Length > EvalMetrics.MaxCorrectAnswerLength);
        Assert.True(correct);
    }

    [Fact]
    public void Percentile_OfNoValues_IsZero()
    {
        Assert.Equal(0, EvalMetrics.Percentile([], 0.5));
    }

    [Fact]
    public void Percentile_OfOneValue_IsThatValue()
    {
        Assert.Equal(7.5, EvalMetrics.Percentile([7.5], 0.95));
    }

    private static EvalQuestion Answerable(string id) => new()
    {
        Id = id,
        Question = "How many lighthouse factories are in China?",
        Expected = new EvalExpectation { Contains = [["79"]], Support = [Support], Answer = "79" },
    };

    private static EvalQuestion Unanswerable(string id) => new()
    {
        Id = id,
        Question = "When was Xiaomi founded?",
        Expected = new EvalExpectation { Unanswerable = true },
    };

    private static ResultItem Item(string id, string answer, bool abstained = false, string[]? citations = null, string[]? retrieved = null) => new()
    {
        Id = id,
        Question = "?",
        Answer = answer,
        Abstained = abstained,
        Citations = (citations ?? []).Select((quote, i) => new ResultCitation(i + 1, "powering-up.txt", 1, 0, quote.Length, quote, 0.5)).ToList(),
        Retrieved = (retrieved ?? []).Select((text, i) => new ResultPassage(i + 1, "powering-up.txt", 1, 0, text.Length, text, 0.1)).ToList(),
    };
}
