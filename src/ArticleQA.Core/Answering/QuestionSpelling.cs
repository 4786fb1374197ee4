using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ArticleQA.Core.Storage;

namespace ArticleQA.Core.Answering;

/// <summary>
/// Mends typing slips in a question ("what was he so impresed by", "wich cities") before it is
/// analysed. A word is mended only when it is neither in the article nor a word the embedding
/// model knows whole, and exactly one word of the article (or of the usual question words) lies a
/// single edit away: one letter added, dropped, changed or two swapped.
/// </summary>
public static partial class QuestionSpelling
{
    // Shorter words have too many neighbours one edit away.
    private const int MinLength = 4;

    private static readonly string[] QuestionWords =
    [
        "which", "what", "where", "when", "whose", "why", "how", "many", "much", "does", "did", "were", "there", "their",
        "they", "about", "article", "story", "author", "photo", "picture", "said", "says",
    ];

    private static readonly ConditionalWeakTable<ArticleIndex, Dictionary<string, int>> Vocabularies = new();

    /// <summary>The question with its misspelt words mended; <paramref name="isKnownWord"/> says whether a lower-case word is a real word.</summary>
    public static string Correct(string question, ArticleIndex index, Func<string, bool> isKnownWord)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(isKnownWord);
        // Words of another language are not slips of English.
        if (!Text.Language.LooksEnglish(question)) return question;
        var words = Vocabularies.GetValue(index, Learn);
        return Word().Replace(question, match =>
        {
            var lower = match.Value.ToLowerInvariant();
            if (lower.Length < MinLength || words.ContainsKey(lower) || isKnownWord(lower)) return match.Value;
            var best = words
                .Where(w => Math.Abs(w.Key.Length - lower.Length) <= 1 && IsOneEditAway(lower, w.Key))
                .GroupBy(w => w.Value)
                .MaxBy(g => g.Key);
            if (best is null || best.Count() != 1) return match.Value;
            var mended = best.Single().Key;
            return char.IsUpper(match.Value[0]) ? char.ToUpperInvariant(mended[0]) + mended[1..] : mended;
        });
    }

    /// <summary>True when one insertion, deletion, substitution or swap of neighbours turns <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static bool IsOneEditAway(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a == b) return false;
        if (a.Length == b.Length)
        {
            var diffs = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
            return diffs.Count == 1
                   || (diffs.Count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]]);
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        if (longer.Length - shorter.Length != 1) return false;
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i]) i++;
        return shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
    }

    // The article's words with how often they occur; the usual question words count as frequent.
    private static Dictionary<string, int> Learn(ArticleIndex index)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in index.Sentences)
            foreach (Match match in Word().Matches(sentence.Text))
            {
                var lower = match.Value.ToLowerInvariant();
                words[lower] = words.GetValueOrDefault(lower) + 1;
            }

        foreach (var word in QuestionWords) words[word] = words.GetValueOrDefault(word) + index.Sentences.Count;
        return words;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
