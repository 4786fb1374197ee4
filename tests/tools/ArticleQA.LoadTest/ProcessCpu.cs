using System.Globalization;

namespace ArticleQA.LoadTest;

/// <summary>
/// CPU time a process on this machine has used, from <c>/proc/PID/stat</c> (Linux). CPU per turn
/// is steadier than throughput on a machine shared with other work.
/// </summary>
public static class ProcessCpu
{
    // The kernel's clock tick; 100 Hz on every common Linux configuration.
    private const double TicksPerSecond = 100;

    /// <summary>User plus system CPU time of process <paramref name="pid"/>, or null when it cannot be read.</summary>
    public static TimeSpan? Of(int pid) =>
        ProcFile.Read(pid, "stat") is { } stat ? Parse(stat) : null;

    /// <summary>utime + stime of a stat line (fields 14 and 15, counted after the command name's closing parenthesis).</summary>
    public static TimeSpan? Parse(string stat)
    {
        ArgumentNullException.ThrowIfNull(stat);
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // fields[0] is field 3 (state), so field n is fields[n - 3].
        return fields.Length > 12
            && long.TryParse(fields[11], NumberStyles.Integer, CultureInfo.InvariantCulture, out var user)
            && long.TryParse(fields[12], NumberStyles.Integer, CultureInfo.InvariantCulture, out var system)
            ? TimeSpan.FromSeconds((user + system) / TicksPerSecond)
            : null;
    }
}
