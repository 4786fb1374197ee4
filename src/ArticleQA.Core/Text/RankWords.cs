using System.Text.RegularExpressions;

namespace ArticleQA.Core.Text;

/// <summary>
/// The places in an order a text names: superlatives and ordinals ("the largest", "ranked 11th",
/// "topped"), each as the place it names (<c>Text/Data/rank-words.tsv</c>), so that "topped" and
/// "ranked first" agree and "ranked 11th" does not answer "ranked first".
/// </summary>
public static partial class RankWords
{
    private static readonly Dictionary<string, string> Places = WordLists.Pairs("rank-words.tsv")
        .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>The places <paramref name="text"/> names, e.g. {"1", "most"}.</summary>
    public static IReadOnlySet<string> In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match word in Word().Matches(text))
        {
            if (word.Groups["number"].Success) places.Add(word.Groups["number"].Value.TrimStart('0'));
            else if (Places.TryGetValue(word.Value, out var place)) places.Add(place);
        }

        return places;
    }

    [GeneratedRegex(@"\b(?:(?<number>\d+)(?:st|nd|rd|th)\b|[A-Za-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
