namespace ArticleQA.Cli.Commands;

/// <summary>
/// Checks where a command will write before it does any work, so that a bad <c>--out</c> fails at
/// once with one line naming the path and the reason (exit code 2). The folder of an output file
/// must exist: it is not created (a typo in a path should not grow folders). A report folder is
/// created when its parent exists.
/// </summary>
internal static class OutputPaths
{
    /// <summary>The full path of the file <paramref name="path"/> given to <paramref name="option"/>, after checking it can be written.</summary>
    public static string CheckFile(string option, string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw Problem(option, path, "it is a folder; give a file's path");
        var folder = Path.GetDirectoryName(full) ?? full;
        if (!Directory.Exists(folder)) throw Problem(option, path, $"the folder {folder} does not exist; create it first");
        var existed = File.Exists(full);
        Probe(option, path, () =>
        {
            using (new FileStream(full, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite)) { }
            if (!existed) File.Delete(full);
        });
        return full;
    }

    /// <summary>The full path of the folder <paramref name="path"/> given to <paramref name="option"/>, after checking files can be written in it.</summary>
    public static string CheckFolder(string option, string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full)) throw Problem(option, path, "it is a file; give a folder");
        var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? full;
        if (!Directory.Exists(folder)) throw Problem(option, path, $"the folder {folder} does not exist; create it first");
        Probe(option, path, () =>
        {
            var probe = Path.Combine(folder, $".articleqa-{Guid.NewGuid():N}.tmp");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write)) { }
            File.Delete(probe);
        });
        return full;
    }

    private static void Probe(string option, string path, Action write)
    {
        try
        {
            write();
        }
        catch (UnauthorizedAccessException)
        {
            throw Problem(option, path, "cannot write there (permission denied)");
        }
        catch (IOException e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Problem(option, path, "cannot create a file there (the folder does not accept new files)");
        }
        catch (IOException e)
        {
            throw Problem(option, path, $"cannot write there ({e.Message.TrimEnd('.')})");
        }
    }

    private static UsageException Problem(string option, string path, string reason) => new($"{option} {path}: {reason}");
}
