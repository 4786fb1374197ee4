namespace ArticleQA.Bot.Tests.Processes;

/// <summary>The repository's root and scratch folders under the system's temp folder.</summary>
internal static class TestRepository
{
    public static string Root { get; } = FindRoot();

    /// <summary>A new empty folder, unique to this run.</summary>
    public static string NewTempFolder(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), $"articleqa-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArticleQA.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}
