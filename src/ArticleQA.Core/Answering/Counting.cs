using System.Text.RegularExpressions;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Answering;

/// <summary>
/// "How many X" asks for a count of X: a sentence answers only when a figure stands just before
/// X ("79 lighthouse factories", "the third country"), not merely anywhere in it.
/// </summary>
public static partial class Counting
{
    // Words a figure may stand apart from its noun by: "30 national science and technology awards".
    private const int MaxGap = 4;

    // What "how many" may be followed by that is not the thing counted: "how many of them are there".
    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal)
    {
        "them", "these", "those", "they", "it", "of", "are", "is", "were", "was", "do", "does", "did", "have", "has", "there", "times",
    };

    /// <summary>The stem of the noun a "how many" question counts, or null ("how many of them").</summary>
    public static string? CountedNoun(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = KindsOf().Replace(TextAnalyzer.Fold(question).ToLowerInvariant(), "");
        // "how many deputies attended …": without a helping verb after the noun, the noun is the word after "how many".
        var match = HowMany().Match(text) is { Success: true } noun ? noun : HowManyThenVerb().Match(text);
        return match.Success && !NotNouns.Contains(match.Groups["noun"].Value) ? Stemmer.Stem(match.Groups["noun"].Value) : null;
    }

    /// <summary>True when <paramref name="sentence"/> puts a figure within a few words before the noun (or a synonym).</summary>
    public static bool Counts(string sentence, string nounStem)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(nounStem);
        var nouns = Synonyms.Of(nounStem);
        var words = Word().Matches(sentence).Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!nouns.Contains(Stemmer.Stem(words[i].ToLowerInvariant()))) continue;
            for (var j = Math.Max(0, i - MaxGap - 1); j < i; j++)
                if (Figure().IsMatch(words[j]) && !Year().IsMatch(words[j])) return true;
        }

        return false;
    }

    // "how many [adjectives] NOUN (does|did|are|per|…)": the noun is the word before the verb or preposition.
    [GeneratedRegex(@"\bhow many (?:[\w\-]+ ){0,3}?(?<noun>[a-z]+)(?= (?:does|did|do|is|are|was|were|has|have|had|can|could|will|would|per|in|of|for|at|on|with|from|there)\b|\s*[?,]|$)")]
    private static partial Regex HowMany();

    [GeneratedRegex(@"\bhow many (?<noun>[a-z]+s) [a-z]+ed\b")]
    private static partial Regex HowManyThenVerb();

    // "how many kinds of manufactured goods" counts the goods.
    [GeneratedRegex(@"\b(kinds|types|sorts|categories|varieties) of ")]
    private static partial Regex KindsOf();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-.,]*[\p{L}\p{N}]|[\p{L}\p{N}]")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozens?|several|first|second|third|fourth|fifth|tenth|one-third|one-quarter|half)$", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();
}
