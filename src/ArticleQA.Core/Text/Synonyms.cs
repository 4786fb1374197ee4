namespace ArticleQA.Core.Text;

/// <summary>
/// Small groups of general news-English words that mean nearly the same for matching a
/// question to a sentence ("spend" and "expenditure", "share" and "proportion"). Matched by stem.
/// </summary>
public static class Synonyms
{
    // Text/Data/synonyms.txt: one group a line, comma-separated.
    private static readonly IEnumerable<string[]> Groups =
        WordLists.Lines("synonyms.txt").Select(l => l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static readonly Dictionary<string, HashSet<string>> ByStem = Build();

    /// <summary>The stems that mean nearly the same as <paramref name="stem"/>, itself included.</summary>
    public static IReadOnlySet<string> Of(string stem) =>
        ByStem.TryGetValue(stem, out var group) ? group : new HashSet<string>(StringComparer.Ordinal) { stem };

    private static Dictionary<string, HashSet<string>> Build()
    {
        var byStem = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var stems = group.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
            foreach (var stem in stems)
            {
                if (byStem.TryGetValue(stem, out var existing)) existing.UnionWith(stems);
                else byStem[stem] = new HashSet<string>(stems, StringComparer.Ordinal);
            }
        }

        return byStem;
    }
}
