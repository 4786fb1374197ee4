using System.Globalization;

namespace ArticleQA.Evaluation.Collection;

/// <summary>
/// Reads the split file of the development collection. Each line: a name, a tab, <c>training</c>
/// or <c>validation</c>; optionally a tab, the article's folder and a tab, a question file or a
/// folder of them (paths relative to the split file's repository root, the folder above
/// <c>tests</c>). Without them the article is <c>NAME/article.txt</c> beside the split file with
/// <c>NAME/questions.jsonl</c>. <c>#</c> starts a comment.
/// </summary>
public static class ArticleCollection
{
    /// <summary>The split file's name in the collection folder.</summary>
    public const string SplitFileName = "split.tsv";

    /// <summary>The articles listed in <paramref name="splitFile"/>, in its order.</summary>
    /// <exception cref="InvalidDataException">A line is malformed or names a missing file; the message gives file and line.</exception>
    public static IReadOnlyList<CollectionArticle> Load(string splitFile)
    {
        ArgumentNullException.ThrowIfNull(splitFile);
        if (!File.Exists(splitFile)) throw new InvalidDataException($"{splitFile}: no such split file");
        var folder = Path.GetDirectoryName(Path.GetFullPath(splitFile))!;
        var root = RootOf(folder);
        var articles = new List<CollectionArticle>();
        var number = 0;
        foreach (var raw in File.ReadLines(splitFile))
        {
            number++;
            var line = (raw.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            var columns = line.Split('\t', StringSplitOptions.TrimEntries);
            if (columns.Length is not (2 or 4) || !Enum.TryParse<SplitRole>(columns[1], ignoreCase: true, out var role))
                throw new InvalidDataException($"{splitFile}:{number}: expected 'name<TAB>training|validation[<TAB>folder<TAB>questions]'");
            var (corpus, questions) = columns.Length == 4
                ? (Path.Combine(root, columns[2]), Path.Combine(root, columns[3]))
                : (Path.Combine(folder, columns[0]), Path.Combine(folder, columns[0], "questions.jsonl"));
            var files = Directory.Exists(questions)
                ? Directory.EnumerateFiles(questions, "*.jsonl").Order(StringComparer.Ordinal).ToList()
                : File.Exists(questions) ? [questions] : [];
            if (!Directory.Exists(corpus) || files.Count == 0)
                throw new InvalidDataException($"{splitFile}:{number}: '{columns[0]}' needs a folder {corpus} and questions at {questions}");
            if (articles.Any(a => a.Name == columns[0]))
                throw new InvalidDataException($"{splitFile}:{number}: '{columns[0]}' is listed twice");
            articles.Add(new CollectionArticle(columns[0], role, corpus, files));
        }

        return articles;
    }

    /// <summary>A short description of the split, such as "9 training, 5 validation".</summary>
    public static string Describe(IReadOnlyList<CollectionArticle> articles) =>
        string.Format(CultureInfo.InvariantCulture, "{0} training, {1} validation",
            articles.Count(a => a.Role == SplitRole.Training), articles.Count(a => a.Role == SplitRole.Validation));

    // The repository root: the folder above the "tests" folder the split file is in, else the split file's folder.
    private static string RootOf(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
            if (dir.Name == "tests" && dir.Parent is not null) return dir.Parent.FullName;
        return folder;
    }
}
