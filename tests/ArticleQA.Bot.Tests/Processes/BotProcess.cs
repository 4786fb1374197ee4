using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ArticleQA.Bot.Tests.Processes;

/// <summary>
/// src/ArticleQA.Bot as a real process (its own build output and appsettings.json), on a port the
/// system picks, configured through environment variables as an operator would.
/// </summary>
public sealed partial class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly Process _process;

    private BotProcess(Process process, ProcessOutput output)
    {
        _process = process;
        Output = output;
    }

    /// <summary>Everything the process printed.</summary>
    public ProcessOutput Output { get; }

    /// <summary>Where it listens, with a trailing slash.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>True once the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Its exit code, once ended.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>The folder holding ArticleQA.Bot.dll, built in the same configuration as these tests.</summary>
    public static string BuildFolder
    {
        get
        {
            var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = testBin.Parent!.Name;
            return Path.Combine(TestRepository.Root, "src", "ArticleQA.Bot", "bin", configuration, testBin.Name);
        }
    }

    /// <summary>Starts the bot and waits until it listens and its index is loaded.</summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var bot = Launch(environment);
        var listening = await bot.Output.WaitForAsync(l => l.Contains("Now listening on:", StringComparison.Ordinal), StartTimeout, "where the bot listens");
        bot.BaseUrl = new Uri(ListeningUrl().Match(listening).Value.TrimEnd('/') + "/");
        await bot.Output.WaitForAsync(l => l.Contains("Index ready", StringComparison.Ordinal), StartTimeout, "that the index is loaded");
        return bot;
    }

    /// <summary>Starts the bot without waiting for anything (for configuration errors).</summary>
    public static BotProcess Launch(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = BuildFolder,
        };
        start.ArgumentList.Add(Path.Combine(BuildFolder, "ArticleQA.Bot.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The bot did not start.");
        return new BotProcess(process, new ProcessOutput(process));
    }

    /// <summary>Sends SIGTERM, as a container runtime does to stop a process.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>Waits for the process to end.</summary>
    public Task WaitForExitAsync(TimeSpan timeout) => _process.WaitForExitAsync().WaitAsync(timeout);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"https?://[^\s]+")]
    private static partial Regex ListeningUrl();
}
