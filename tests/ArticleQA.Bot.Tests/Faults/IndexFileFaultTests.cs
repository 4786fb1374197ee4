using ArticleQA.Bot.Hosting;
using ArticleQA.Bot.Tests.Processes;
using ArticleQA.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleQA.Bot.Tests.Faults;

/// <summary>The index file deleted or damaged while the bot runs: it is rebuilt, and answering never stops.</summary>
public sealed class IndexFileFaultTests : IAsyncLifetime
{
    private static readonly TimeSpan RebuildTimeout = TimeSpan.FromSeconds(120);
    private readonly string _data = TestRepository.NewTempFolder("index-fault");
    private PrivateIndexBotFactory _factory = null!;
    private HttpClient _client = null!;
    private IndexProvider _index = null!;

    public async Task InitializeAsync()
    {
        _factory = new PrivateIndexBotFactory(_data);
        _client = _factory.CreateClient();
        _index = _factory.Services.GetRequiredService<IndexProvider>();
        await _index.GetAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task IndexFileDeleted_IsRebuilt_AndQuestionsAreStillAnswered()
    {
        var rebuilt = WaitForRebuildAsync();

        File.Delete(_index.IndexPath);
        var during = await AnswerAsync();
        var report = await rebuilt;

        Assert.Contains("105 billion", during);
        Assert.Equal("no index file yet", report.Reason);
        Assert.NotNull((await IndexFile.LoadAsync(_index.IndexPath)).Index);
        Assert.Contains("105 billion", await AnswerAsync());
    }

    [Fact]
    public async Task IndexFileCorrupted_IsRebuilt_AndQuestionsAreStillAnswered()
    {
        var rebuilt = WaitForRebuildAsync();

        var bytes = await File.ReadAllBytesAsync(_index.IndexPath);
        bytes[^100] ^= 0xFF;
        await File.WriteAllBytesAsync(_index.IndexPath, bytes);
        var during = await AnswerAsync();
        var report = await rebuilt;

        Assert.Contains("105 billion", during);
        Assert.Contains("index file", report.Reason); // corrupt, truncated or unknown format, depending on when the check read it
        Assert.NotNull((await IndexFile.LoadAsync(_index.IndexPath)).Index);
        Assert.Contains("105 billion", await AnswerAsync());
    }

    private Task<IngestReport> WaitForRebuildAsync()
    {
        var watcher = _factory.Services.GetRequiredService<IndexFileWatcher>();
        var rebuilt = new TaskCompletionSource<IngestReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Checked += report =>
        {
            if (report.Rebuilt) rebuilt.TrySetResult(report);
        };
        return rebuilt.Task.WaitAsync(RebuildTimeout);
    }

    private async Task<string> AnswerAsync()
    {
        var replies = await Activities.ExchangeAsync(_client, Activities.Message("How much has Xiaomi invested in R&D?", Activities.NewConversation()));
        return string.Join("\n", Activities.Messages(replies).Select(r => r.GetProperty("text").GetString()));
    }
}
