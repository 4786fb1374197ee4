using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleQA.IntegrationTests;

/// <summary>
/// Finds measured figures quoted in Markdown and compares them with docs/measurements.md, the one
/// source of figures. A figure is a name of measurements.md (<c>answer_accuracy</c>,
/// <c>answer_accuracy[follow-up]</c>, <c>bench_warm_answer_p50_ms</c>) followed by a number in prose,
/// or a number in a table column headed by such a name. Fenced code blocks show commands, not figures,
/// and are skipped.
/// </summary>
internal static partial class DocumentedFigures
{
    /// <summary>The figures of measurements.md: its <c>| `name` | value |</c> rows.</summary>
    public static IReadOnlyDictionary<string, string> Read(string measurements) =>
        FigureRow().Matches(measurements).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim(), StringComparer.Ordinal);

    /// <summary>Each place in <paramref name="markdown"/> where a figure differs from <paramref name="figures"/>, as "document:line: …".</summary>
    public static IReadOnlyList<string> Mismatches(string document, string markdown, IReadOnlyDictionary<string, string> figures)
    {
        // A plain word such as "questions" is not a figure's name in prose; names with _ or [ are.
        var names = figures.Keys.Where(n => n.Contains('_', StringComparison.Ordinal) || n.Contains('[', StringComparison.Ordinal)).OrderByDescending(n => n.Length).ToList();
        var problems = new List<string>();
        var lines = markdown.Split('\n');
        var fenced = false;
        string[]? header = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }

            if (fenced) continue;
            var where = $"{document}:{i + 1}";
            foreach (var name in names)
            {
                foreach (Match quoted in Quoted(name).Matches(line))
                    Compare(where, name, quoted.Groups[1].Value, figures[name], problems);
            }

            header = TableColumns(line, lines, i, header);
            if (header is null || !line.TrimStart().StartsWith('|') || Separator().IsMatch(line)) continue;
            var cells = Cells(line);
            for (var c = 0; c < Math.Min(cells.Length, header.Length); c++)
            {
                if (figures.TryGetValue(header[c], out var measured) && Number().Match(cells[c]) is { Success: true } number)
                    Compare(where, header[c], number.Value, measured, problems);
            }
        }

        return problems;
    }

    private static void Compare(string where, string name, string quoted, string measured, List<string> problems)
    {
        if (!Same(quoted.Trim(), measured)) problems.Add($"{where}: {name} is quoted as {quoted.Trim()}, but docs/measurements.md says {measured}");
    }

    // A quote may round the measured value ("0.94" for 0.936); "19 of 19" must match as written.
    private static bool Same(string quoted, string measured)
    {
        if (quoted.Contains(" of ", StringComparison.Ordinal) || measured.Contains(" of ", StringComparison.Ordinal))
            return string.Equals(Regex.Replace(quoted, @"\s+", " "), measured, StringComparison.Ordinal);
        if (!double.TryParse(quoted, NumberStyles.Float, CultureInfo.InvariantCulture, out var q)
            || !double.TryParse(Number().Match(measured).Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var m)) return false;
        var decimals = quoted.Contains('.', StringComparison.Ordinal) ? quoted.Length - quoted.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        return Math.Round(m, decimals, MidpointRounding.AwayFromZero) == q;
    }

    /// <summary>The header of the table <paramref name="line"/> belongs to, or null outside tables.</summary>
    private static string[]? TableColumns(string line, string[] lines, int i, string[]? current)
    {
        if (!line.TrimStart().StartsWith('|')) return null;
        if (i + 1 < lines.Length && Separator().IsMatch(lines[i + 1])) return Cells(line).Select(c => c.Trim('`', ' ', '*')).ToArray();
        return current;
    }

    private static string[] Cells(string row) => row.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();

    private static Regex Quoted(string name) =>
        new($@"(?<![\w\[]){Regex.Escape(name)}`?(?![\w\[])[\s:=|*]*(?:is\s+|of\s+|at\s+)?(-?\d+(?:\.\d+)?(?:\s+of\s+\d+)?)", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|", RegexOptions.Multiline)]
    private static partial Regex FigureRow();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}")]
    private static partial Regex Separator();

    [GeneratedRegex(@"-?\d+(?:\.\d+)?(?:\s+of\s+\d+)?")]
    private static partial Regex Number();
}
