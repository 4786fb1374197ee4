using System.Text.RegularExpressions;

namespace ArticleQA.Evaluation.Reports;

/// <summary>A paragraph of a source file and where a cited span sits in it.</summary>
/// <param name="Text">The paragraph as in the file.</param>
/// <param name="Start">Start of the cited span within <paramref name="Text"/>.</param>
/// <param name="End">End of the cited span within <paramref name="Text"/>.</param>
public sealed record CitedParagraph(string Text, int Start, int End);

/// <summary>
/// Finds the paragraph (blank-line separated block) of a corpus file that holds a cited span,
/// by the span's character offsets, so that reports can show a citation highlighted in place.
/// </summary>
public sealed partial class ParagraphSource(string corpusDirectory)
{
    private readonly Dictionary<string, string?> _files = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The paragraph holding [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="source"/>, or null when the file or span is not there.</summary>
    public CitedParagraph? Find(string source, int start, int end)
    {
        var text = Read(source);
        if (text is null || start < 0 || end > text.Length || start >= end) return null;
        var from = 0;
        var to = text.Length;
        foreach (Match blank in BlankLine().Matches(text))
        {
            if (blank.Index + blank.Length <= start) from = blank.Index + blank.Length;
            else if (blank.Index >= end) { to = blank.Index; break; }
        }

        return new CitedParagraph(text[from..to], start - from, end - from);
    }

    /// <summary>The offsets of <paramref name="quote"/> in <paramref name="source"/> (its first occurrence), or null.</summary>
    public (int Start, int End)? Locate(string source, string quote)
    {
        var text = Read(source);
        if (text is null || string.IsNullOrEmpty(quote)) return null;
        var at = text.IndexOf(quote, StringComparison.Ordinal);
        return at < 0 ? null : (at, at + quote.Length);
    }

    private string? Read(string source)
    {
        lock (_gate)
        {
            if (_files.TryGetValue(source, out var cached)) return cached;
            var path = Path.Combine(corpusDirectory, source);
            var text = File.Exists(path) && Path.GetFullPath(path).StartsWith(Path.GetFullPath(corpusDirectory), StringComparison.Ordinal)
                ? File.ReadAllText(path)
                : null;
            _files[source] = text;
            return text;
        }
    }

    [GeneratedRegex(@"\r?\n[ \t]*\r?\n(?:[ \t]*\r?\n)*")]
    private static partial Regex BlankLine();
}
