using ArticleQA.Core.Storage;

namespace ArticleQA.Bot.Hosting;

/// <summary>
/// Watches the index file while the bot runs. When it is deleted, replaced or altered, the index
/// is checked again: a damaged or missing file is rebuilt and saved, an intact one is kept. The
/// index in memory keeps answering meanwhile.
/// </summary>
public sealed class IndexFileWatcher(IndexProvider indexProvider, ILogger<IndexFileWatcher> logger) : BackgroundService
{
    private readonly SemaphoreSlim _changed = new(0, 1);

    /// <summary>Raised after each check, with its report (tests wait on it).</summary>
    public event Action<IngestReport>? Checked;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watcher = TryWatch(indexProvider.IndexPath);
        if (watcher is null) return;

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await _changed.WaitAsync(stoppingToken).ConfigureAwait(false);
                await CheckAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }

    // A watcher that cannot start (no folder rights, the system's inotify limit reached) must not
    // stop the host: the bot then answers as before, without re-checking the file on changes.
    private FileSystemWatcher? TryWatch(string path)
    {
        FileSystemWatcher? watcher = null;
        try
        {
            var folder = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(folder);
            watcher = new FileSystemWatcher(folder, Path.GetFileName(path))
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => Signal();
            watcher.Created += (_, _) => Signal();
            watcher.Deleted += (_, _) => Signal();
            watcher.Renamed += (_, _) => Signal();
            watcher.Error += (_, e) => logger.LogWarning("Watching the index file failed: {Problem}", e.GetException().Message);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            watcher?.Dispose();
            logger.LogWarning("Not watching the index file {Path} for changes: {Problem}", path, e.Message);
            return null;
        }
    }

    // Several events for one change collapse into one pending check.
    private void Signal()
    {
        try
        {
            if (_changed.CurrentCount == 0) _changed.Release();
        }
        catch (SemaphoreFullException)
        {
            // A check is already pending.
        }
        catch (ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        // Before the first load the warm-up owns the index; a change then needs no check.
        if (!indexProvider.IsReady) return;
        try
        {
            var report = await indexProvider.IngestAsync(force: false, cancellationToken).ConfigureAwait(false);
            if (report.Rebuilt) logger.LogWarning("The index file changed while running and was rebuilt: {Reason}", report.Reason);
            Checked?.Invoke(report);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Keep answering from the index in memory; the next change triggers another check.
            logger.LogError(e, "Checking the index file after a change failed");
        }
    }
}
