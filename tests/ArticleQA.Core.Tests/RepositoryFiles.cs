using ArticleQA.Core.Ingestion;
using System.Text;

namespace ArticleQA.Core.Tests;

/// <summary>Files of the repository the tests run in, found from the test assembly's folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The file name of the article, as the corpus reader names it.</summary>
    public const string ArticleSource = "powering-up.txt";

    private static readonly Lazy<string> RootFolder = new(FindRoot);
    private static readonly Lazy<string> Article = new(() => File.ReadAllText(CorpusPath(ArticleSource), Encoding.UTF8));

    /// <summary>The folder holding ArticleQA.sln.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>The path of a file under corpus/.</summary>
    public static string CorpusPath(string relative) => Path.Combine(Root, "corpus", relative);

    /// <summary>A file of the repository by its path from the root.</summary>
    public static string InRepository(string relative) => Path.Combine(Root, relative);

    /// <summary>The article of tests/data/articles/<paramref name="slug"/>, parsed.</summary>
    public static ArticleDocument TestArticle(string slug) =>
        ArticleParser.Parse($"{slug}.txt", File.ReadAllText(InRepository($"tests/data/articles/{slug}/article.txt"), Encoding.UTF8));

    /// <summary>The article's text, decoded as the plain text loader decodes it.</summary>
    public static string ArticleText => Article.Value;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArticleQA.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds ArticleQA.sln.");
    }
}
