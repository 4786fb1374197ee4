namespace ArticleQA.Core.Text;

/// <summary>
/// Adjectives of countries and regions and the names they come from ("Chinese" AI is about
/// China, a "Swedish" company about Sweden), matched by stem.
/// </summary>
public static class Demonyms
{
    private static readonly Dictionary<string, string> CountryOf = new[]
    {
        ("Chinese", "China"), ("European", "Europe"), ("Swedish", "Sweden"), ("American", "America"), ("Japanese", "Japan"),
        ("German", "Germany"), ("French", "France"), ("British", "Britain"), ("Korean", "Korea"), ("Indian", "India"),
        ("Russian", "Russia"), ("Italian", "Italy"), ("Spanish", "Spain"), ("Canadian", "Canada"), ("Australian", "Australia"),
    }.ToDictionary(p => Stemmer.Stem(p.Item1.ToLowerInvariant()), p => Stemmer.Stem(p.Item2.ToLowerInvariant()), StringComparer.Ordinal);

    /// <summary>True when <paramref name="stems"/> holds <paramref name="stem"/> or, for an adjective like "Chinese", its country.</summary>
    public static bool Contains(IReadOnlySet<string> stems, string stem)
    {
        ArgumentNullException.ThrowIfNull(stems);
        ArgumentNullException.ThrowIfNull(stem);
        return stems.Contains(stem) || (CountryOf.TryGetValue(stem, out var country) && stems.Contains(country));
    }
}
