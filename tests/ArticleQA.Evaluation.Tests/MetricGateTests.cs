using ArticleQA.Evaluation.Gates;

namespace ArticleQA.Evaluation.Tests;

public sealed class MetricGateTests
{
    [Theory]
    [InlineData("answer_accuracy=0.85", "answer_accuracy", 0.85)]
    [InlineData(" citation_recall = 1 ", "citation_recall", 1.0)]
    [InlineData("latency_p95_ms=1e2", "latency_p95_ms", 100.0)]
    public void Parse_MetricEqualsValue_ReadsBoth(string text, string metric, double minimum)
    {
        var gate = MetricGate.Parse(text);

        Assert.Equal(new MetricGate(metric, minimum), gate);
    }

    [Fact]
    public void Parse_UnknownMetric_FailsNamingItAndTheKnownOnes()
    {
        var error = Assert.Throws<FormatException>(() => MetricGate.Parse("accuracy=0.9"));

        Assert.Contains("unknown metric 'accuracy'", error.Message);
        Assert.Contains("answer_accuracy", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("answer_accuracy")]
    [InlineData("=0.5")]
    [InlineData("answer_accuracy=high")]
    [InlineData("answer_accuracy=NaN")]
    public void Parse_Malformed_Fails(string text)
    {
        Assert.Throws<FormatException>(() => MetricGate.Parse(text));
    }

    [Fact]
    public void KnownMetrics_AreTheSummaryNames()
    {
        Assert.Contains("abstention_accuracy", MetricGate.KnownMetrics);
        Assert.Contains("retrieval_recall_at_5", MetricGate.KnownMetrics);
        Assert.Contains("token_f1", MetricGate.KnownMetrics);
    }

    [Fact]
    public void Failures_ListOnlyMetricsBelowTheirMinimum()
    {
        MetricGate[] gates = [new("answer_accuracy", 0.8), new("citation_recall", 0.9), new("abstention_accuracy", 0.5)];
        var summary = new Dictionary<string, double> { ["answer_accuracy"] = 0.8, ["citation_recall"] = 0.85, ["abstention_accuracy"] = 0.9 };

        var failures = MetricGate.Failures(gates, summary);

        var failure = Assert.Single(failures);
        Assert.Equal("citation_recall 0.85 is below the minimum 0.9", failure);
    }
}
