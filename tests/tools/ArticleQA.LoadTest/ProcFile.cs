namespace ArticleQA.LoadTest;

/// <summary>Reads a process's files under <c>/proc</c> (Linux).</summary>
public static class ProcFile
{
    /// <summary>The text of <c>/proc/PID/NAME</c>, or null when the process or the file cannot be read.</summary>
    public static string? Read(int pid, string name)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/{name}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
