using System.Text.RegularExpressions;

namespace ArticleQA.Core.Text;

/// <summary>Finds proper names in English text: runs of capitalised words such as "Acme Corp" or "Ada Lovelace".</summary>
public static partial class NameExtractor
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "As", "At", "By", "For", "To", "Of", "And", "But", "This", "These", "That", "Those",
        "It", "Its", "His", "Her", "He", "She", "They", "We", "I", "What", "Who", "Which", "When", "Where", "Why", "How",
        "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Has", "Have", "Can", "Could", "Will", "Would", "Over", "With",
        "From", "According", "Meanwhile", "Additionally", "One", "People", "President", "Highlighting", "By", "Earth", "Moon",
    };

    // Capitalised, yet common nouns rather than names a sentence must repeat: "bring back to Earth".
    private static readonly HashSet<string> CommonNouns = new(StringComparer.OrdinalIgnoreCase) { "Earth", "Moon", "Sun", "Internet" };

    /// <summary>True for a capitalised word that names no particular thing the article must mention ("Earth").</summary>
    public static bool IsCommonNoun(string word) => CommonNouns.Contains(word);

    /// <summary>The distinct names in <paramref name="text"/>, in order of appearance.</summary>
    public static IReadOnlyList<string> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = new List<string>();
        foreach (Match match in CapitalizedRun().Matches(text))
        {
            var words = match.Value.Split(' ').SkipWhile(w => NotNames.Contains(w)).ToArray();
            while (words.Length > 0 && words[^1] is "of" or "and") words = words[..^1];
            var name = string.Join(' ', words);
            if (name.Length > 1 && !names.Contains(name, StringComparer.Ordinal)) names.Add(name);
        }

        return names;
    }

    [GeneratedRegex(@"\b[\p{Lu}\d][\p{L}\d&-]*(?:[’']s)?(?: (?:of |and |&amp; )?[\p{Lu}\d][\p{L}\d&-]*)*")]
    private static partial Regex CapitalizedRun();
}
