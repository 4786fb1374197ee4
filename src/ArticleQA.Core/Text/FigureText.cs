using System.Text.RegularExpressions;

namespace ArticleQA.Core.Text;

/// <summary>The figures a text states, written as digits without group separators ("1,200" is "1200").</summary>
public static partial class FigureText
{
    /// <summary>The figures of <paramref name="text"/>, in order.</summary>
    public static IEnumerable<string> In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Figure().Matches(text).Select(m => m.Value.Replace(",", "", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?<![\p{L}\d])\d[\d,]*(\.\d+)?(?![\d])")]
    private static partial Regex Figure();
}
