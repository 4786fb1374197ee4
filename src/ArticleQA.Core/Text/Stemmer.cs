namespace ArticleQA.Core.Text;

/// <summary>
/// A light English suffix stripper: plural, past, gerund and a few derivational endings.
/// Enough for "invested"/"investing"/"invests" to meet; not a full Porter stemmer.
/// </summary>
public static class Stemmer
{
    private static readonly (string Suffix, string Replacement, int MinStem)[] Rules =
    [
        ("ational", "ate", 3), ("ization", "ize", 3), ("isation", "ize", 3), ("iveness", "ive", 3),
        ("fulness", "ful", 3), ("ousness", "ous", 3), ("ments", "", 4), ("ment", "", 4),
        ("ities", "", 3), ("ity", "", 4), ("nesses", "", 3), ("ness", "", 3),
        ("ies", "y", 2), ("sses", "ss", 2), ("ing", "", 3), ("edly", "", 3), ("ed", "", 3),
        ("ly", "", 4), ("es", "", 3), ("s", "", 3),
    ];

    /// <summary>The stem of a lower-case word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3 || !word.All(char.IsLetter)) return word;

        foreach (var (suffix, replacement, minStem) in Rules)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length - suffix.Length < minStem) continue;
            if (suffix == "s" && (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal)))
                return word;
            if (suffix == "es" && !EndsWithSibilant(word[..^2])) continue;
            var stem = word[..^suffix.Length] + replacement;
            return DropFinalE(suffix is "ing" or "ed" ? Undouble(stem) : stem);
        }

        return DropFinalE(word);
    }

    // "release" and "released" both become "releas".
    private static string DropFinalE(string stem) => stem.Length > 4 && stem[^1] == 'e' ? stem[..^1] : stem;

    private static bool EndsWithSibilant(string stem) =>
        stem.EndsWith('s') || stem.EndsWith('x') || stem.EndsWith('z') || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal);

    // running -> runn -> run; but keep "fall", "miss", "buzz".
    private static string Undouble(string stem) =>
        stem.Length >= 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') && !"aeiou".Contains(stem[^1])
            ? stem[..^1]
            : stem;
}
