using ArticleQA.Core;
using ArticleQA.Core.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ArticleQA.Bot.Hosting;

/// <summary>Exports ArticleQA's spans and metrics with OpenTelemetry when an exporter is configured.</summary>
public static class TelemetryExtensions
{
    /// <summary>
    /// Adds OpenTelemetry tracing and metrics for the <see cref="ArticleQATelemetry.Name"/> source
    /// and meter (and ASP.NET Core's request spans and <c>http.server.request.duration</c>), exported over OTLP (<c>ArticleQA:Telemetry:OtlpEndpoint</c>) and/or to the console
    /// (<c>ArticleQA:Telemetry:Console</c>). With neither set nothing is registered.
    /// </summary>
    public static IServiceCollection AddArticleQATelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<TelemetryOptions>(configuration, TelemetryOptions.SectionName);
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!options.Enabled || (options.OtlpEndpoint is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out _))) return services;

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("articleqa-bot"))
            .WithTracing(tracing =>
            {
                // ASP.NET Core's own request spans are the parents of ours: they must be sampled too,
                // or the parent-based sampler drops every ArticleQA span of a request.
                tracing.AddSource(ArticleQATelemetry.Name, "Microsoft.AspNetCore");
                if (options.OtlpEndpoint is { Length: > 0 } endpoint) tracing.AddOtlpExporter(o => o.Endpoint = new Uri(endpoint));
                if (options.Console) tracing.AddConsoleExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(ArticleQATelemetry.Name, "Microsoft.AspNetCore.Hosting");
                if (options.OtlpEndpoint is { Length: > 0 } endpoint) metrics.AddOtlpExporter(o => o.Endpoint = new Uri(endpoint));
                if (options.Console) metrics.AddConsoleExporter();
            });
        return services;
    }
}
