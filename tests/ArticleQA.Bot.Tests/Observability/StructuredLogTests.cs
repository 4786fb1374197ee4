using Microsoft.Extensions.Logging;

namespace ArticleQA.Bot.Tests.Observability;

/// <summary>Turn logs carry the conversation id and the turn's latency as values, and the user's words only at Debug.</summary>
public sealed class StructuredLogTests(LoggingBotFactory factory) : IClassFixture<LoggingBotFactory>
{
    [Fact]
    public async Task Turn_LogsConversationIdAndLatency_MessageTextOnlyAtDebug()
    {
        using var client = factory.CreateClient();
        var conversation = Activities.NewConversation();
        const string Marker = "zebra-quartz-7731";

        await Activities.ExchangeAsync(client, Activities.Message($"Who is Lei Jun? {Marker}", conversation));

        var mine = factory.Capture.Entries.Where(e => Equals(e.Values.GetValueOrDefault("ConversationId"), conversation)).ToList();
        var turn = Assert.Single(mine, e => e.Level == LogLevel.Information && e.Values.ContainsKey("ElapsedMs"));
        Assert.IsType<double>(turn.Values["ElapsedMs"]);
        Assert.Contains(mine, e => e.Level == LogLevel.Information && e.Values.ContainsKey("Citations") && e.Values.ContainsKey("EmbedMs"));
        Assert.DoesNotContain(factory.Capture.Entries, e => e.Level >= LogLevel.Information && e.Message.Contains(Marker, StringComparison.Ordinal));
        Assert.Contains(mine, e => e.Level == LogLevel.Debug && e.Message.Contains(Marker, StringComparison.Ordinal));
    }
}
