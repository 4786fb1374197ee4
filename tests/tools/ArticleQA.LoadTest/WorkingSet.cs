using System.Globalization;

namespace ArticleQA.LoadTest;

/// <summary>The resident memory of a process on this machine, from <c>/proc/PID/status</c> (Linux).</summary>
public static class WorkingSet
{
    /// <summary>VmRSS of process <paramref name="pid"/> in MiB, or null when it cannot be read.</summary>
    public static double? MebibytesOf(int pid) =>
        ProcFile.Read(pid, "status") is { } status ? Parse(status.Split('\n')) : null;

    /// <summary>The <c>VmRSS: N kB</c> line of a status file, in MiB; null without one.</summary>
    public static double? Parse(IEnumerable<string> statusLines)
    {
        ArgumentNullException.ThrowIfNull(statusLines);
        var line = statusLines.FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var parts = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts is [_, var kilobytes, "kB"] && long.TryParse(kilobytes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb)
            ? kb / 1024.0
            : null;
    }
}
