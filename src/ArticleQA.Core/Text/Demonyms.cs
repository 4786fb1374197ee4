namespace ArticleQA.Core.Text;

/// <summary>
/// Adjectives of countries and regions and the names they come from ("Chinese" AI is about
/// China, a "Danish" company about Denmark), matched by stem.
/// </summary>
public static class Demonyms
{
    // Text/Data/demonyms.tsv: a country's adjective and the country.
    private static readonly IReadOnlyList<(string Adjective, string Country)> Pairs = WordLists.Pairs("demonyms.tsv");

    private static readonly Dictionary<string, string> CountryOf =
        Pairs.ToDictionary(p => Stemmer.Stem(p.Adjective.ToLowerInvariant()), p => Stemmer.Stem(p.Country.ToLowerInvariant()), StringComparer.Ordinal);

    private static readonly HashSet<string> CountryWords = CountryOf.Keys.Concat(CountryOf.Values).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> CountryNouns = new[] { "country", "nation", "nationality" }.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="stems"/> name a country or say where something is from ("the Danish company").</summary>
    public static bool NameACountry(IReadOnlySet<string> stems)
    {
        ArgumentNullException.ThrowIfNull(stems);
        return stems.Overlaps(CountryWords);
    }

    private static readonly System.Text.RegularExpressions.Regex Adjective =
        new($@"\b({string.Join('|', Pairs.Select(p => p.Adjective))})\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>True when <paramref name="text"/> says where something is from with a country's adjective ("the Danish company").</summary>
    public static bool AppearsIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Adjective.IsMatch(text);
    }

    /// <summary>The countries <paramref name="stems"/> name, by name or adjective, as stems of their names.</summary>
    public static IReadOnlySet<string> CountriesIn(IEnumerable<string> stems)
    {
        ArgumentNullException.ThrowIfNull(stems);
        return stems.Where(CountryWords.Contains).Select(s => CountryOf.GetValueOrDefault(s, s)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True when <paramref name="question"/> asks for a country ("what country is her company from?").</summary>
    public static bool AsksForCountry(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return CountryQuestion.IsMatch(question.ToLowerInvariant());
    }

    private static readonly System.Text.RegularExpressions.Regex CountryQuestion =
        new(@"\b(which|what) (country|nation|nationality)\b|\bwhere\b.*\bfrom\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>True for the nouns a country's name or adjective answers: "which country", "what nationality".</summary>
    public static bool IsCountryNoun(string stem) => CountryNouns.Contains(stem);

    /// <summary>True when <paramref name="stems"/> holds <paramref name="stem"/> or, for an adjective like "Chinese", its country.</summary>
    public static bool Contains(IReadOnlySet<string> stems, string stem)
    {
        ArgumentNullException.ThrowIfNull(stems);
        ArgumentNullException.ThrowIfNull(stem);
        return stems.Contains(stem) || (CountryOf.TryGetValue(stem, out var country) && stems.Contains(country));
    }
}
