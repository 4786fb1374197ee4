using System.Reflection;

namespace ArticleQA.Core.Text;

/// <summary>
/// The general-English word lists in <c>Text/Data</c>, embedded in this assembly: one entry a line,
/// <c>#</c> starts a comment, blank lines are skipped.
/// </summary>
public static class WordLists
{
    /// <summary>The entries of the list <paramref name="name"/> (a file name in <c>Text/Data</c>).</summary>
    /// <exception cref="InvalidOperationException">The list is not embedded.</exception>
    public static IReadOnlyList<string> Lines(string name)
    {
        var assembly = typeof(WordLists).Assembly;
        var resource = $"ArticleQA.Core.Text.Data.{name}";
        using var stream = assembly.GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"Word list {name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var entry = (hash >= 0 ? line[..hash] : line).Trim();
            if (entry.Length > 0) lines.Add(entry);
        }

        return lines;
    }

    /// <summary>The entries of <paramref name="name"/> as a case-insensitive set.</summary>
    public static IReadOnlySet<string> Set(string name) => Lines(name).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The two tab-separated columns of <paramref name="name"/>.</summary>
    public static IReadOnlyList<(string Key, string Value)> Pairs(string name) =>
        Lines(name).Select(l => l.Split('\t', 2)).Where(p => p.Length == 2).Select(p => (p[0].Trim(), p[1].Trim())).ToList();
}
