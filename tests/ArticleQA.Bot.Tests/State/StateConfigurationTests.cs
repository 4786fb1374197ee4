using ArticleQA.Bot.Tests.Processes;

namespace ArticleQA.Bot.Tests.State;

/// <summary>A bad state setting stops the bot at start with one line naming it, never a stack trace.</summary>
public sealed class StateConfigurationTests
{
    [Theory]
    [InlineData("postgres", "", "ArticleQA:State:Provider")]
    [InlineData("redis", "", "ArticleQA:State:ConnectionString is required")]
    [InlineData("redis", "localhost:6379,notAnOption=1", "ArticleQA:State:ConnectionString is not a valid")]
    public async Task BadStateSetting_ExitsTwoWithOneLine(string provider, string connectionString, string expected)
    {
        await using var bot = BotProcess.Launch(new Dictionary<string, string>
        {
            ["ArticleQA__State__Provider"] = provider,
            ["ArticleQA__State__ConnectionString"] = connectionString,
        });

        await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, bot.ExitCode);
        var line = Assert.Single(bot.Output.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", line);
    }
}
