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
    /// The stems of <paramref name="sentence"/> without the clause of its first comparison
    /// ("surpassing …", "compared with …"; not "more than half"), or <paramref name="stems"/> when it makes none.
    /// </summary>
    public static IReadOnlySet<string> StatedStems(string sentence, IReadOnlySet<string> stems)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var marker = Marker().Match(sentence);
        if (!marker.Success) return stems;
        // The yardstick runs to the end of its clause; ", the bureau said" after it is stated again.
        var end = sentence.IndexOfAny([',', ';'], marker.Index);
        var stated = end < 0 ? sentence[..marker.Index] : sentence[..marker.Index] + " " + sentence[(end + 1)..];
        return TextAnalyzer.Stems(stated).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True when <paramref name="question"/> itself compares ("China vs the EU", "compared with", "than"): then the yardstick is asked about too.</summary>
    public static bool AsksToCompare(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return ComparingQuestion().IsMatch(question);
    }

    [GeneratedRegex(@"\b(vs\.?|versus|compare|compared|compares|comparison|than|surpass\w*|exceed\w*|against|relative to)(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex ComparingQuestion();

    [GeneratedRegex(@"\b(surpass(ing|ed|es)?|exceed(ing|ed|s)?|outpac(ing|ed|es)|overtak(ing|en)|(higher|lower|more|less|greater|fewer|larger|smaller|faster|slower) than(?! (\d|half|a |an |one|two|three|four|five|ten|twice|double))|compared (with|to)|ahead of|behind)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();
}
