using System.Diagnostics.Metrics;
using ArticleQA.Core.Telemetry;

namespace ArticleQA.Bot.Hosting;

/// <summary>The bot host's own instruments, on ArticleQA's meter.</summary>
public static class BotTelemetry
{
    /// <summary>Time to handle one activity, in milliseconds; tag <c>activity.type</c>.</summary>
    public static readonly Histogram<double> TurnDuration =
        ArticleQATelemetry.Meter.CreateHistogram<double>("articleqa.bot.turn.duration", "ms", "Time to handle one activity");

    /// <summary>Turns answered without their conversation's context because the state store was unavailable.</summary>
    public static readonly Counter<long> ContextLost =
        ArticleQATelemetry.Meter.CreateCounter<long>("articleqa.bot.context_lost", "{turn}", "Turns answered without stored context");
}
