using System.Text.RegularExpressions;
using ArticleQA.Core.Embeddings;

namespace ArticleQA.Core.Tests;

/// <summary>
/// Nothing in <c>src/</c> may be fitted to one text: no proper name of the home article or of the
/// development collection appears in the program's code, comments or settings. A name is a run of
/// capitalised words inside a sentence, or one capitalised word that is no English word (not one
/// word-piece of the embedding model's vocabulary) and never written in lower case in the articles.
/// A run of capitalised words at the start of a line or sentence counts too once the words an
/// article also writes in lower case are dropped from its front ("Lei Jun, a deputy …"). So do
/// each article's title and the capitalised names in its author or outlet, as its SOURCE.md
/// gives them, and as the README cites an article: "Title" (Outlet, date).
/// Names in the general-English word lists (countries and their adjectives) are allowed.
/// </summary>
public sealed partial class NoArticleInCodeTests
{
    private static readonly WordPieceTokenizer Tokenizer = WordPieceTokenizer.Load(EmbeddingModelInfo.MiniLM);

    [Fact]
    public void Source_NamesNoPersonPlaceOrOrganisationOfAnyArticle()
    {
        var articles = Directory.EnumerateFiles(RepositoryFiles.InRepository("corpus"), "*.txt")
            .Concat(Directory.EnumerateFiles(RepositoryFiles.InRepository("tests/data/articles"), "article.txt", SearchOption.AllDirectories))
            .Select(File.ReadAllText)
            .ToList();
        var allowed = Directory.EnumerateFiles(RepositoryFiles.InRepository("src/ArticleQA.Core/Text/Data"))
            .SelectMany(File.ReadLines)
            .SelectMany(l => l.Split('\t', ','))
            .Select(w => w.Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = Names(articles, allowed);
        names.UnionWith(CitedNames(allowed));

        var found = new List<string>();
        foreach (var file in SourceFiles())
        {
            var text = Escape().Replace(File.ReadAllText(file), m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
            found.AddRange(names.Where(n => Regex.IsMatch(text, $@"(?<![\p{{L}}\d]){Regex.Escape(n)}(?![\p{{L}}\d])"))
                .Select(n => $"{Path.GetRelativePath(RepositoryFiles.Root, file)}: {n}"));
        }

        Assert.True(found.Count == 0, "Names of articles in src/:\n" + string.Join('\n', found));
    }

    // Names of the tools the program is built with, which an article may happen to use as a word.
    private static readonly HashSet<string> Technical = new(StringComparer.Ordinal) { "Kestrel", "Searcher" };

    private static HashSet<string> Names(IReadOnlyList<string> articles, IReadOnlySet<string> allowed)
    {
        var lower = articles.SelectMany(a => Word().Matches(a)).Select(m => m.Value).Where(w => char.IsLower(w[0])).ToHashSet(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (Match run in CapitalisedRun().Matches(article))
            {
                var words = run.Value.Split(' ');
                if (words.Length >= 2 && !allowed.Contains(run.Value) && !words.All(allowed.Contains) && words.Any(w => w.Length > 2)) names.Add(run.Value);
                foreach (var word in words)
                    if (word.Length > 3 && !allowed.Contains(word) && !lower.Contains(word.ToLowerInvariant()) && !Tokenizer.IsWholeWord(word.ToLowerInvariant()))
                        names.Add(word);
            }

            foreach (Match run in LeadingRun().Matches(article))
            {
                var words = run.Value.Split(' ').SkipWhile(w => lower.Contains(w.ToLowerInvariant()) || allowed.Contains(w)).ToArray();
                if (words.Length >= 2 && words.Any(w => w.Length > 2 && !allowed.Contains(w) && !lower.Contains(w.ToLowerInvariant())))
                    names.Add(string.Join(' ', words));
            }
        }

        names.ExceptWith(Technical);
        return names;
    }

    /// <summary>Titles and the names of authors and outlets, from the SOURCE.md files and the README's citations.</summary>
    private static IEnumerable<string> CitedNames(IReadOnlySet<string> allowed)
    {
        var fields = Directory.EnumerateFiles(RepositoryFiles.InRepository("tests/data/articles"), "SOURCE.md", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .Select(l => SourceField().Match(l))
            .Where(m => m.Success)
            .ToList();
        var citations = ReadmeCitation().Matches(File.ReadAllText(RepositoryFiles.InRepository("README.md")));
        var titles = fields.Where(m => m.Groups["field"].Value == "Title").Select(m => m.Groups["value"].Value)
            .Concat(citations.Select(m => m.Groups["title"].Value));
        var bylines = fields.Where(m => m.Groups["field"].Value.StartsWith("Author", StringComparison.Ordinal)).Select(m => m.Groups["value"].Value.Split('(', ';')[0])
            .Concat(citations.Select(m => m.Groups["outlet"].Value));

        return titles.Select(t => t.Trim()).Where(t => t.Contains(' ', StringComparison.Ordinal))
            .Concat(bylines.SelectMany(b => NameRun().Matches(b)).Select(m => m.Value).Where(n => !n.Split(' ').All(allowed.Contains)));
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(RepositoryFiles.InRepository("src"), "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains("node_modules", StringComparison.Ordinal)
                        && Path.GetExtension(f) is ".cs" or ".json" or ".txt" or ".tsv" or ".html" or ".md"
                        && Path.GetFileName(f) != "answer-ranker.json"
                        && !f.EndsWith("package-lock.json", StringComparison.Ordinal));

    // Capitalised words after a word inside a sentence: "… said Lei Jun", "… at Zhongguancun Exhibition Center".
    [GeneratedRegex(@"(?<=[\p{Ll},;] )\p{Lu}[\p{L}&\-]+(?: \p{Lu}[\p{L}&\-]+)*")]
    private static partial Regex CapitalisedRun();

    // Capitalised words that open a line or a sentence: "Lei Jun, a deputy …", "By Ma Si".
    [GeneratedRegex(@"(?<=^|[.!?]\s)\p{Lu}[\p{L}&\-]+(?: \p{Lu}[\p{L}&\-]+)+", RegexOptions.Multiline)]
    private static partial Regex LeadingRun();

    // Two or more capitalised words anywhere: "China Daily", "Land Management".
    [GeneratedRegex(@"\p{Lu}[\p{L}&\-]+(?: \p{Lu}[\p{L}&\-]+)+")]
    private static partial Regex NameRun();

    // A SOURCE.md field: "- **Title:** Platypus".
    [GeneratedRegex(@"^- \*\*(?<field>[^*:]+):\*\* (?<value>.+)$")]
    private static partial Regex SourceField();

    // How the README cites an article: "Powering up" (China Daily, 14 March 2025).
    [GeneratedRegex(@"""(?<title>[^""]+)"" \((?<outlet>[^,()]+), [^()]*\d{4}\)")]
    private static partial Regex ReadmeCitation();

    // A character written as an escape in C# or JSON: "\u201C".
    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
