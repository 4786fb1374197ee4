using System.Text.RegularExpressions;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Answering;

/// <summary>
/// Separates what a sentence states from what it only compares against: in "intensity stood at
/// 2.68 percent, surpassing the average level of EU countries" the EU is a yardstick, and the
/// sentence gives no figure of its own for it.
/// </summary>
public static partial class Comparison
{
    /// <summary>
    /// The stems of <paramref name="sentence"/> before its first comparison ("surpassing", "more
    /// than", "compared with" …), or <paramref name="stems"/> when it makes none.
    /// </summary>
    public static IReadOnlySet<string> StatedStems(string sentence, IReadOnlySet<string> stems)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var marker = Marker().Match(sentence);
        return marker.Success ? TextAnalyzer.Stems(sentence[..marker.Index]).ToHashSet(StringComparer.Ordinal) : stems;
    }

    [GeneratedRegex(@"\b(surpass(ing|ed|es)?|exceed(ing|ed|s)?|outpac(ing|ed|es)|overtak(ing|en)|(higher|lower|more|less|greater|fewer|larger|smaller|faster|slower) than|compared (with|to)|ahead of|behind)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();
}
