using System.Text.RegularExpressions;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Answering;

/// <summary>
/// "Which are the other two countries…", "which countries did it before China?": the answer must
/// name a country the question does not. "China has become the third country…" names none.
/// </summary>
public static partial class OtherCountries
{
    /// <summary>The countries a question asks to look past, or null when it does not ask for other countries.</summary>
    public static IReadOnlySet<string>? Excluded(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var q = TextAnalyzer.Fold(question).ToLowerInvariant();
        // "How many other countries …" asks for a count, which "the third country" gives.
        var asksOthers = OtherCountry().IsMatch(q) || CountriesBesides().IsMatch(q) || (OtherOnes().IsMatch(q) && q.Contains("countr", StringComparison.Ordinal));
        if (q.Contains("how many", StringComparison.Ordinal) || !asksOthers) return null;
        return Demonyms.CountriesIn(TextAnalyzer.Stems(question));
    }

    /// <summary>
    /// True when <paramref name="sentence"/> names a country that is not in <paramref name="excluded"/>; when the
    /// question names none ("the other two countries"), the sentence must name the one it means and another.
    /// </summary>
    public static bool NamesAnother(IReadOnlySet<string> sentence, IReadOnlySet<string> excluded)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(excluded);
        var named = Demonyms.CountriesIn(sentence);
        return excluded.Count > 0 ? named.Any(c => !excluded.Contains(c)) : named.Count >= 2;
    }

    // Plural: "every other country" compares with the rest rather than asking for them.
    [GeneratedRegex(@"(?<!\b(every|any) )\bother (\w+ )?(countries|nations)\b")]
    private static partial Regex OtherCountry();

    // "… the third country able to deliver them - which are the other two?"
    [GeneratedRegex(@"\b(which|what|who) (are|were) the other (two|three|four|ones)\b")]
    private static partial Regex OtherOnes();

    [GeneratedRegex(@"\b(which|what) ((two|three|four|other) )?(countries|country|nations|nation)\b.*\b(before|besides|beside|apart from|other than|except|aside from|in addition to|as well as|alongside)\b")]
    private static partial Regex CountriesBesides();
}
