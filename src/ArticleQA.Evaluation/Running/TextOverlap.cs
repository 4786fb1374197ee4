using System.Text;

namespace ArticleQA.Evaluation.Running;

/// <summary>The text comparisons of the results contract, exactly as docs/eval-format.md defines them.</summary>
public static class TextOverlap
{
    /// <summary>
    /// NFKC, case-folded, curly quotes (and primes) straight, en, em and other dashes as '-',
    /// whitespace runs as one space, trimmed.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(composed.Length);
        var space = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0) builder.Append(' ');
            space = false;
            AppendFolded(builder, c);
        }

        return builder.ToString();
    }

    // Full case folding differs from lower-casing for a few letters; those are spelled out.
    private static void AppendFolded(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '‘' or '’' or '‚' or '‛' or '′':
                builder.Append('\'');
                break;
            case '“' or '”' or '„' or '‟' or '″':
                builder.Append('"');
                break;
            case '–' or '—' or '‒' or '―' or '−':
                builder.Append('-');
                break;
            case 'ß' or 'ẞ':
                builder.Append("ss");
                break;
            case 'ς':
                builder.Append('σ');
                break;
            default:
                builder.Append(char.ToLowerInvariant(c));
                break;
        }
    }

    /// <summary>
    /// True when <paramref name="cited"/> (a citation quote or retrieved text) and
    /// <paramref name="support"/> overlap: one contains the other, or their longest common
    /// substring has at least min(40, 0.6 × length of the cited text) characters.
    /// </summary>
    public static bool Overlaps(string cited, string support)
    {
        var a = Normalize(cited);
        var b = Normalize(support);
        if (a.Length == 0 || b.Length == 0) return false;
        if (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)) return true;
        // Lengths in characters (code points), as a Python scorer counts them.
        return LongestCommonSubstring(a, b) >= Math.Min(40, 0.6 * CodePoints(a));
    }

    /// <summary>Number of characters (Unicode code points, not UTF-16 units) of a text.</summary>
    public static int CodePoints(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        foreach (var _ in text.EnumerateRunes()) count++;
        return count;
    }

    /// <summary>Length in code points of the longest common substring.</summary>
    public static int LongestCommonSubstring(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return LongestCommonRun(a.EnumerateRunes().Select(r => r.Value).ToArray(), b.EnumerateRunes().Select(r => r.Value).ToArray());
    }

    private static int LongestCommonRun(int[] a, int[] b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        var best = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;
                if (current[j] > best) best = current[j];
            }

            (previous, current) = (current, previous);
        }

        return best;
    }

    /// <summary>True when every group has an alternative in the answer, all normalised.</summary>
    public static bool ContainsAll(string answer, IEnumerable<IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var normalized = Normalize(answer);
        return groups.All(group => group.Any(alternative => normalized.Contains(Normalize(alternative), StringComparison.Ordinal)));
    }
}
