using System.Text.RegularExpressions;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Answering;

/// <summary>
/// "Was it Lei Jun or Jin Li who said …?" names two people of whom the answer states one. The
/// question is read once without each alternative, and a sentence needs only one reading's names.
/// </summary>
public static partial class AlternativeNames
{
    /// <summary>
    /// The ways to read the asked names: the names themselves, or, for "A or B", the names without B and the names
    /// without A. <paramref name="names"/> are the question's names with their stems.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<T>> Readings<T>(string question, IReadOnlyList<(IReadOnlyList<string> Stems, T Name)> names)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(names);
        var all = names.Select(n => n.Name).ToList();
        var match = EitherOr().Match(question);
        if (!match.Success) return [all];
        var first = IndexOf(names, match.Groups["a"].Value);
        var second = IndexOf(names, match.Groups["b"].Value);
        if (first < 0 || second < 0 || first == second) return [all];
        return [all.Where((_, i) => i != second).ToList(), all.Where((_, i) => i != first).ToList()];
    }

    private static int IndexOf<T>(IReadOnlyList<(IReadOnlyList<string> Stems, T Name)> names, string text)
    {
        var stems = TextAnalyzer.Stems(text).ToList();
        for (var i = 0; i < names.Count; i++)
            if (names[i].Stems.SequenceEqual(stems, StringComparer.Ordinal)) return i;
        return -1;
    }

    // Two capitalised names joined by "or": "Lei Jun or Jin Li".
    [GeneratedRegex(@"(?<a>\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*) or (?<b>\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*)")]
    private static partial Regex EitherOr();
}
