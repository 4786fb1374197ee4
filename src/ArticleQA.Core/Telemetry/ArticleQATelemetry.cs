using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ArticleQA.Core.Telemetry;

/// <summary>
/// The traces and metrics ArticleQA emits through <see cref="System.Diagnostics"/>: spans and
/// duration histograms for ingest, embed, retrieve and answer, and a counter of questions by
/// outcome. Nothing is exported unless a host subscribes (OpenTelemetry, an
/// <see cref="ActivityListener"/> or a <see cref="MeterListener"/>). Question text is never recorded.
/// </summary>
public static class ArticleQATelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and the <see cref="System.Diagnostics.Metrics.Meter"/>.</summary>
    public const string Name = "ArticleQA";

    /// <summary>Span names.</summary>
    public const string IngestSpan = "articleqa.ingest", AskSpan = "articleqa.ask", EmbedSpan = "articleqa.embed",
        RetrieveSpan = "articleqa.retrieve", AnswerSpan = "articleqa.answer";

    /// <summary>The source of ArticleQA's spans.</summary>
    public static readonly ActivitySource Source = new(Name);

    /// <summary>The meter of ArticleQA's instruments.</summary>
    public static readonly Meter Meter = new(Name);

    /// <summary>Time to load or build the index, in milliseconds; tag <c>articleqa.rebuilt</c>.</summary>
    public static readonly Histogram<double> IngestDuration =
        Meter.CreateHistogram<double>("articleqa.ingest.duration", "ms", "Time to load or build the index");

    /// <summary>Time to embed a question, in milliseconds.</summary>
    public static readonly Histogram<double> EmbedDuration =
        Meter.CreateHistogram<double>("articleqa.embed.duration", "ms", "Time to embed a question");

    /// <summary>Time to retrieve passages for a question, in milliseconds.</summary>
    public static readonly Histogram<double> RetrieveDuration =
        Meter.CreateHistogram<double>("articleqa.retrieve.duration", "ms", "Time to retrieve passages for a question");

    /// <summary>Time for the answerer to write an answer, in milliseconds.</summary>
    public static readonly Histogram<double> AnswerDuration =
        Meter.CreateHistogram<double>("articleqa.answer.duration", "ms", "Time for the answerer to write an answer");

    /// <summary>Questions asked, tagged <c>articleqa.outcome</c> = answered | abstained | refused.</summary>
    public static readonly Counter<long> Questions =
        Meter.CreateCounter<long>("articleqa.questions", "{question}", "Questions asked, by outcome");
}
