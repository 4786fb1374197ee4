using System.Globalization;
using System.Text.RegularExpressions;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Answering;

/// <summary>
/// Reads <see cref="SentenceFacts"/> from a sentence with patterns of general English: figures,
/// dates, currencies (<c>Text/Data/currencies.txt</c>), groups of people, organisation words and
/// speech verbs (the other lists in <c>Text/Data</c>).
/// </summary>
public static partial class FactReader
{
    private static readonly IReadOnlySet<string> Currencies = WordLists.Set("currencies.txt");
    private static readonly IReadOnlySet<string> PeopleGroups = WordLists.Set("people-groups.txt");
    private static readonly IReadOnlySet<string> OrganisationWords = WordLists.Set("organisation-words.txt");
    private static readonly IReadOnlySet<string> SpeechVerbs = WordLists.Set("speech-verbs.txt");

    /// <summary>The facts of <paramref name="sentence"/>.</summary>
    public static SentenceFacts Read(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = TextAnalyzer.Fold(sentence);
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        var lower = words.Select(w => w.ToLowerInvariant()).ToList();
        var year = Year().IsMatch(text);
        var date = Date().IsMatch(text);
        var withoutDates = Date().Replace(Year().Replace(text, " "), " ");
        var capitalised = CapitalisedRuns(words);
        var money = text.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol && c != '#')
                    || lower.Where((w, i) => Currencies.Contains(w) && NearFigure(lower, i)).Any();
        return new SentenceFacts(
            Number: Quantity().IsMatch(withoutDates),
            Year: year,
            Date: date,
            Time: year || date || TimeWord().IsMatch(text),
            Money: money,
            Percent: Percent().IsMatch(text),
            Duration: Duration().IsMatch(text),
            Age: Age().IsMatch(text),
            Person: capitalised.Any(r => r.Count >= 2 && !OrganisationWords.Contains(r[^1])) || lower.Any(PeopleGroups.Contains),
            Organisation: capitalised.Any(r => r.Count >= 2 && OrganisationWords.Contains(r[^1])),
            Place: Place().IsMatch(text),
            Quote: Quotation().IsMatch(text),
            Speech: lower.Any(SpeechVerbs.Contains),
            Names: capitalised.Sum(r => r.Count));
    }

    /// <summary>Runs of capitalised words after the first word ("Ada Lovelace", "Open University").</summary>
    internal static List<List<string>> CapitalisedRuns(IReadOnlyList<string> words)
    {
        var runs = new List<List<string>>();
        List<string>? run = null;
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length > 1 && char.IsUpper(word[0]) && !TextAnalyzer.StopWords.Contains(word.ToLowerInvariant()))
            {
                run ??= [];
                run.Add(word);
                continue;
            }

            if (run is not null) runs.Add(run);
            run = null;
        }

        if (run is not null) runs.Add(run);
        return runs;
    }

    // A currency word counts when a figure stands within two words of it ("5 million euros", "dollars 40").
    private static bool NearFigure(List<string> words, int at)
    {
        for (var i = Math.Max(0, at - 3); i <= Math.Min(words.Count - 1, at + 2); i++)
            if (i != at && (words[i].Any(char.IsDigit) || words[i] is "million" or "billion" or "trillion" or "thousand" or "hundred")) return true;
        return false;
    }

    [GeneratedRegex(@"[\p{L}\p{N}](?:[\p{L}\p{N}'\-.]*[\p{L}\p{N}])?")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(1[5-9]|20)\d{2}s?\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?( \d{1,2}(st|nd|rd|th)?)?\b|\b\d{1,2}(st|nd|rd|th)? (of )?(January|February|March|April|May|June|July|August|September|October|November|December)\b|\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex Date();

    [GeneratedRegex(@"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|ago|since|until|decade|century|centuries|era|season|morning|evening|night|weekend)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeWord();

    // A digit not inside a model name ("A320"), or a number written in words.
    [GeneratedRegex(@"(?<![\p{L}])\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|half|third|quarter|twice|double|triple)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\d\s?%|\b(per ?cent|percent|percentage points?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b(\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|few|\w+teen|twenty|thirty|forty|fifty)[- ](seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b(?![- ]old)", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b\w+[- ]years?[- ]old\b|\baged \d+|\bat (the )?age (of )?\d+|\b(in (his|her|their) )?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b|,\s\d{1,3},\s", RegexOptions.IgnoreCase)]
    private static partial Regex Age();

    // "in Paris", "at the Louvre", a place noun.
    [GeneratedRegex(@"\b(in|at|from|near|into|across|outside|inside|to) (the )?\p{Lu}\p{L}+|\b(city|cities|town|towns|village|country|countries|province|state|county|region|capital|district|island|continent|coast|border|street|neighbo(u)?rhood)\b")]
    private static partial Regex Place();

    [GeneratedRegex(@"[“”""]")]
    private static partial Regex Quotation();
}
