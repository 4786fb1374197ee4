using ArticleQA.LoadTest;

namespace ArticleQA.Bot.Tests.Load;

/// <summary>The load tool's CPU line, one format for the bot and for the client.</summary>
public sealed class LoadReportTests
{
    [Fact]
    public void CpuLine_GivesMillisecondsPerTurnAndCoresBusy()
    {
        var turns = Enumerable.Range(0, 500).Select(t => new TurnResult(t / 10, t % 10, 0, 100, null, false)).ToList();
        var report = new LoadReport(turns, TimeSpan.FromSeconds(2), 50, 1);

        Assert.Equal("  bot CPU: 7.0 ms per turn (1.75 cores busy)", report.CpuLine("bot", 3500));
        Assert.Equal("  load client CPU: 0.2 ms per turn (0.05 cores busy)", report.CpuLine("load client", 100));
    }
}
