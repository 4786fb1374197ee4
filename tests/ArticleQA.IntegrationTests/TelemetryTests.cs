using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using ArticleQA.Core.Telemetry;

namespace ArticleQA.IntegrationTests;

/// <summary>Ingest, retrieve and answer emit spans and metrics on ArticleQA's ActivitySource and Meter.</summary>
public sealed class TelemetryTests(ArticleQAFixture fixture) : IClassFixture<ArticleQAFixture>, IDisposable
{
    private readonly ConcurrentBag<Activity> _spans = [];
    private readonly ConcurrentDictionary<string, int> _measurements = new();
    private readonly ActivityListener _activityListener = new()
    {
        ShouldListenTo = source => source.Name == ArticleQATelemetry.Name,
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    private readonly MeterListener _meterListener = new();

    [Fact]
    public async Task Ask_EmitsAskEmbedRetrieveAndAnswerSpans_InOneTrace_WithoutTheQuestionText()
    {
        Listen();
        using var parent = new Activity("test").Start();

        await fixture.Memory.AskAsync("How much has Xiaomi invested in R&D?");

        var mine = _spans.Where(s => s.TraceId == parent.TraceId).ToList();
        Assert.Equal(
            [ArticleQATelemetry.AnswerSpan, ArticleQATelemetry.AskSpan, ArticleQATelemetry.EmbedSpan, ArticleQATelemetry.RetrieveSpan],
            mine.Select(s => s.OperationName).Order(StringComparer.Ordinal));
        var ask = Assert.Single(mine, s => s.OperationName == ArticleQATelemetry.AskSpan);
        Assert.Equal("answered", ask.GetTagItem("articleqa.outcome"));
        Assert.All(mine.Where(s => s.OperationName != ArticleQATelemetry.AskSpan), s => Assert.Equal(ask.SpanId, s.ParentSpanId));
        Assert.DoesNotContain(mine.SelectMany(s => s.TagObjects), t => t.Value?.ToString()?.Contains("Xiaomi", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task AskAndIngest_RecordDurationsAndTheQuestionCounter()
    {
        Listen();

        await fixture.Index.IngestAsync(force: false);
        await fixture.Memory.AskAsync("How much has Xiaomi invested in R&D?");
        await fixture.Memory.AskAsync("   ");

        foreach (var instrument in new[] { "articleqa.ingest.duration", "articleqa.embed.duration", "articleqa.retrieve.duration", "articleqa.answer.duration", "articleqa.questions" })
            Assert.True(_measurements.GetValueOrDefault(instrument) > 0, $"no measurement of {instrument}");
        Assert.True(_measurements.GetValueOrDefault("articleqa.questions/refused") > 0);
        Assert.True(_measurements.GetValueOrDefault("articleqa.questions/answered") > 0);
    }

    [Fact]
    public async Task Ingest_EmitsAnIngestSpan()
    {
        Listen();
        using var parent = new Activity("test").Start();

        await fixture.Index.IngestAsync(force: false);

        var ingest = Assert.Single(_spans, s => s.TraceId == parent.TraceId && s.OperationName == ArticleQATelemetry.IngestSpan);
        Assert.Equal(false, ingest.GetTagItem("articleqa.rebuilt"));
    }

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }

    private void Listen()
    {
        _activityListener.ActivityStopped = _spans.Add;
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ArticleQATelemetry.Name) listener.EnableMeasurementEvents(instrument);
        };
        _meterListener.SetMeasurementEventCallback<double>((instrument, _, _, _) => _measurements.AddOrUpdate(instrument.Name, 1, (_, n) => n + 1));
        _meterListener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            _measurements.AddOrUpdate(instrument.Name, 1, (_, n) => n + 1);
            foreach (var tag in tags)
                if (tag.Key == "articleqa.outcome") _measurements.AddOrUpdate($"{instrument.Name}/{tag.Value}", 1, (_, n) => n + 1);
        });
        _meterListener.Start();
    }
}
