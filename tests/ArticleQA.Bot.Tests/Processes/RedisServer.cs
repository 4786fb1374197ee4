using System.Diagnostics;

namespace ArticleQA.Bot.Tests.Processes;

/// <summary>
/// A real redis-server of this test's own, on a free loopback port, without persistence, in a
/// temporary folder. It can be stopped and started again on the same port to play an outage.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "articleqa-redis-" + Guid.NewGuid().ToString("N"));
    private Process? _process;

    private RedisServer(int port)
    {
        Port = port;
        Directory.CreateDirectory(_folder);
    }

    /// <summary>The TCP port it listens on (loopback).</summary>
    public int Port { get; }

    /// <summary>The StackExchange.Redis connection string.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>Starts a server on a free port (retrying when another process takes the port first).</summary>
    public static async Task<RedisServer> StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var server = new RedisServer(FreePort.Next());
            try
            {
                await server.RestartAsync();
                return server;
            }
            catch (InvalidOperationException) when (attempt < 5)
            {
                await server.DisposeAsync();
            }
        }
    }

    /// <summary>A server that is not running yet, on a port free now (to test starting while Redis is down).</summary>
    public static RedisServer NotStarted() => new(FreePort.Next());

    /// <summary>Starts the server (again) on <see cref="Port"/> and waits until it accepts connections.</summary>
    public async Task RestartAsync()
    {
        if (_process is { HasExited: false }) return;
        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        foreach (var arg in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _folder })
            start.ArgumentList.Add(arg);
        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        var output = new ProcessOutput(_process);
        var exited = _process.WaitForExitAsync();
        var ready = output.WaitForAsync(l => l.Contains("Ready to accept connections", StringComparison.Ordinal), StartTimeout, "that Redis is ready");
        if (await Task.WhenAny(ready, exited) != ready)
            throw new InvalidOperationException($"redis-server exited at start: {output.Text}");
        await ready;
    }

    /// <summary>Stops the server (SIGKILL, an outage rather than a shutdown) and waits for it to exit.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited) return;
        await ResumeAsync();
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>Freezes the server (SIGSTOP): connections stay open, nothing is answered — Redis hanging.</summary>
    public Task PauseAsync() => SignalAsync("-STOP");

    /// <summary>Lets a frozen server go on (SIGCONT).</summary>
    public Task ResumeAsync() => SignalAsync("-CONT");

    private async Task SignalAsync(string signal)
    {
        if (_process is null || _process.HasExited) return;
        using var kill = Process.Start("kill", [signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
