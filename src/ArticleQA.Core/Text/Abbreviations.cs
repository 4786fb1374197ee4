using System.Text.RegularExpressions;

namespace ArticleQA.Core.Text;

/// <summary>
/// Writes out the abbreviations of countries and unions that read as ordinary words in lower case:
/// "factories in the us" asks about the United States, not "us".
/// </summary>
public static partial class Abbreviations
{
    /// <summary><paramref name="text"/> with "the US", "the UK", "the EU" written out.</summary>
    public static string Expand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Country().Replace(text, match => match.Groups["the"].Value + match.Groups["name"].Value.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal) switch
        {
            "us" or "usa" => "United States",
            "uk" => "United Kingdom",
            _ => "European Union",
        });
    }

    [GeneratedRegex(@"(?<the>\bthe )(?<name>us|u\.s\.|usa|uk|u\.k\.|eu)(?![\p{L}.])", RegexOptions.IgnoreCase)]
    private static partial Regex Country();
}
