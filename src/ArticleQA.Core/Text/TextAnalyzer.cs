using System.Globalization;
using System.Text;

namespace ArticleQA.Core.Text;

/// <summary>A word of a text as the lexical index sees it.</summary>
/// <param name="Surface">The word as written, lower-cased.</param>
/// <param name="Stem">Its stem, the unit of matching.</param>
/// <param name="IsCapitalized">Written with a capital letter (a name, unless it starts the sentence).</param>
/// <param name="Position">Its position among the words of the text.</param>
/// <param name="IsExpansion">True when it comes from expanding an abbreviation ("R&amp;D" → "research").</param>
public readonly record struct Term(string Surface, string Stem, bool IsCapitalized, int Position, bool IsExpansion = false);

/// <summary>
/// Splits text into words, folds case and accents, drops stop words, stems, and expands the
/// common abbreviations of news English (R&amp;D, AI, GDP, …) into their words.
/// </summary>
public static class TextAnalyzer
{
    /// <summary>Function words left out of term matching (<c>Text/Data/stopwords.txt</c>).</summary>
    public static readonly IReadOnlySet<string> StopWords = WordLists.Lines("stopwords.txt").ToHashSet(StringComparer.Ordinal);

    // Abbreviations and the words they stand for, matched on both sides of a search (Text/Data/abbreviations.tsv).
    private static readonly Dictionary<string, string[]> Expansions = WordLists.Pairs("abbreviations.tsv")
        .ToDictionary(p => p.Key, p => p.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>The words of <paramref name="text"/> with stop words removed.</summary>
    public static IReadOnlyList<Term> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<Term>();
        var position = 0;
        foreach (var (word, capitalized) in Words(text))
        {
            var lower = word.ToLowerInvariant();
            if (Expansions.TryGetValue(lower, out var expanded))
            {
                foreach (var part in expanded) terms.Add(new Term(part, Stemmer.Stem(part), false, position, IsExpansion: true));
                position++;
                continue;
            }

            if (!StopWords.Contains(lower)) terms.Add(new Term(lower, Stemmer.Stem(lower), capitalized, position));
            position++;
        }

        return terms;
    }

    /// <summary>The stems of <paramref name="text"/>, for the lexical index.</summary>
    public static IEnumerable<string> Stems(string text) => Analyze(text).Select(t => t.Stem);

    /// <summary>Words with their capitalisation; "R&amp;D" and "6G" stay one word, "China’s" becomes "China".</summary>
    private static IEnumerable<(string Word, bool Capitalized)> Words(string text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder();
        for (var i = 0; i <= folded.Length; i++)
        {
            var c = i < folded.Length ? folded[i] : ' ';
            var joins = c == '&' && builder.Length > 0 && i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1]);
            var decimalPoint = c is '.' or ',' && builder.Length > 0 && char.IsDigit(builder[^1]) && i + 1 < folded.Length && char.IsDigit(folded[i + 1]);
            if (char.IsLetterOrDigit(c) || joins || decimalPoint)
            {
                builder.Append(c);
                continue;
            }

            if (builder.Length > 0)
            {
                var word = builder.ToString();
                yield return (word, word.Any(char.IsUpper));
                builder.Clear();
            }

            if (c == '$') yield return ("dollar", false);

            // Skip the possessive "’s" and "'s".
            if (c is '\'' && i + 1 < folded.Length && folded[i + 1] is 's' or 'S' && (i + 2 >= folded.Length || !char.IsLetter(folded[i + 2])))
                i++;
        }
    }

    /// <summary>NFKC, accents removed, curly quotes straightened.</summary>
    public static string Fold(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c switch
            {
                '’' or '‘' or '′' => '\'',
                '“' or '”' => '"',
                '–' or '—' => '-',
                _ => c,
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormKC);
    }
}
