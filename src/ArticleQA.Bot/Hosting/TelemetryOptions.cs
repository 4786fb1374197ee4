using System.ComponentModel.DataAnnotations;

namespace ArticleQA.Bot.Hosting;

/// <summary>Where traces and metrics go. Section <c>ArticleQA:Telemetry</c>; nothing is exported unless set.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ArticleQA:Telemetry";

    /// <summary>An OTLP (gRPC) collector endpoint, e.g. <c>http://localhost:4317</c>; empty = no OTLP export.</summary>
    [Url]
    public string? OtlpEndpoint { get; set; }

    /// <summary>Write spans and metrics to the console (for local diagnosis).</summary>
    public bool Console { get; set; }

    /// <summary>True when any exporter is configured.</summary>
    public bool Enabled => Console || !string.IsNullOrWhiteSpace(OtlpEndpoint);
}
