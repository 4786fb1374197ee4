namespace ArticleQA.Core;

/// <summary>Finds the repository's folders (corpus, prompts) from wherever a host runs.</summary>
public static class RepositoryPaths
{
    /// <summary>
    /// An absolute path stays as it is. A relative one is taken from the current directory when
    /// it exists there, else from the nearest folder above the application holding ArticleQA.sln.
    /// </summary>
    public static string Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.IsPathRooted(path)) return path;
        var fromCurrent = Path.GetFullPath(path);
        if (Path.Exists(fromCurrent)) return fromCurrent;
        return Root() is { } root ? Path.Combine(root, path) : fromCurrent;
    }

    /// <summary>The repository root, or null when not run from inside one.</summary>
    public static string? Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ArticleQA.sln"))) return dir.FullName;
        }

        return null;
    }
}
