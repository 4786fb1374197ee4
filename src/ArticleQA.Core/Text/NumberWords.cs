using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleQA.Core.Text;

/// <summary>
/// Writes "ten thousand" and "three hundred" in digits, as news articles do ("per 10,000 people").
/// Small numbers stay words ("three years", "the one saying"), since articles write them so too.
/// </summary>
public static partial class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["hundred"] = 100,
    };

    /// <summary><paramref name="text"/> with "N hundred" and "N thousand" written as digits.</summary>
    public static string ToDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Scaled().Replace(text, match =>
        {
            var value = Units[match.Groups["n"].Value];
            if (match.Groups["hundred"].Success) value *= 100;
            if (match.Groups["thousand"].Success) value *= 1000;
            return value.ToString("N0", CultureInfo.InvariantCulture);
        });
    }

    [GeneratedRegex(@"\b(?<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)(?<hundred> hundred)?(?<thousand> thousand)?\b(?<=hundred|thousand)", RegexOptions.IgnoreCase)]
    private static partial Regex Scaled();
}
