using System.Diagnostics;

namespace ArticleQA.Bot.Tests.Hostile;

/// <summary>
/// Measures another process's working set (resident memory) from outside it, sampling in the
/// background to catch the peak. A measurement only: nothing waits on it.
/// </summary>
internal sealed class WorkingSet : IAsyncDisposable
{
    private readonly int _processId;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;

    private WorkingSet(int processId)
    {
        _processId = processId;
        _peak = Now(processId);
        _sampling = SampleAsync();
    }

    /// <summary>The highest working set seen since sampling started, in bytes.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    /// <summary>The process's working set now, in bytes.</summary>
    public static long Now(int processId)
    {
        using var process = Process.GetProcessById(processId);
        process.Refresh();
        return process.WorkingSet64;
    }

    public static WorkingSet Watch(int processId) => new(processId);

    public static double Mb(long bytes) => bytes / (1024.0 * 1024.0);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var now = Now(_processId);
                if (now > Interlocked.Read(ref _peak)) Interlocked.Exchange(ref _peak, now);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }
}
