using ArticleQA.LoadTest;

namespace ArticleQA.Bot.Tests.Load;

/// <summary>The load tool's command line: what it accepts and the one-line messages for what it refuses.</summary>
public sealed class LoadOptionsTests
{
    [Fact]
    public void Parse_EveryOption_IsRead()
    {
        var options = LoadOptions.Parse(
            ["--url", "http://127.0.0.1:3981", "--url", "http://127.0.0.1:3982/", "--conversations", "7", "--turns", "3", "--runs", "4", "--warmup-runs", "2", "--timeout", "9", "--pid", "42"]);

        Assert.Equal([new Uri("http://127.0.0.1:3981/"), new Uri("http://127.0.0.1:3982/")], options.BaseUrls);
        Assert.Equal((7, 3, 4, 2), (options.Conversations, options.Turns, options.Runs, options.WarmUpRuns));
        Assert.Equal(TimeSpan.FromSeconds(9), options.RequestTimeout);
        Assert.Equal([42], options.ProcessIds);
    }

    [Fact]
    public void Parse_NoWarmUpRunsGiven_MeasuresFromTheFirstRun()
    {
        Assert.Equal(0, LoadOptions.Parse(["--runs", "3"]).WarmUpRuns);
        Assert.Equal(0, LoadOptions.Parse(["--warmup-runs", "0"]).WarmUpRuns);
    }

    [Theory]
    [InlineData("--warmup-runs", "-1", "--warmup-runs must be a whole number, 0 or more, not '-1'.")]
    [InlineData("--warmup-runs", "two", "--warmup-runs must be a whole number, 0 or more, not 'two'.")]
    [InlineData("--runs", "0", "--runs must be a positive whole number, not '0'.")]
    [InlineData("--url", "ftp://host", "--url ftp://host is not an http(s) URL.")]
    public void Parse_BadValue_ThrowsAOneLineMessage(string option, string value, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => LoadOptions.Parse([option, value]));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Parse_OptionWithoutItsValue_SaysSo()
    {
        var error = Assert.Throws<ArgumentException>(() => LoadOptions.Parse(["--warmup-runs"]));

        Assert.Equal("--warmup-runs needs a value.", error.Message);
    }
}
