using ArticleQA.Bot.Tests.Processes;

namespace ArticleQA.Bot.Tests.State;

/// <summary>A real Redis and two bot processes configured by the contract's environment variables to share it.</summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    private readonly string _data = TestRepository.NewTempFolder("two-instances");

    public RedisServer Redis { get; private set; } = null!;

    public BotProcess A { get; private set; } = null!;

    public BotProcess B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        var environment = new Dictionary<string, string>
        {
            ["ArticleQA__State__Provider"] = "redis",
            ["ArticleQA__State__ConnectionString"] = Redis.ConnectionString,
            ["ArticleQA__DataPath"] = _data,
        };
        // The first builds the index file; the second loads it.
        A = await BotProcess.StartAsync(environment);
        B = await BotProcess.StartAsync(environment);
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Redis.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }
}
