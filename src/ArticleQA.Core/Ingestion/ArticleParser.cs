using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleQA.Core.Ingestion;

/// <summary>
/// Reads the structure of a news article from plain text or Markdown: the header (dateline,
/// title, byline, standfirst), photo captions and credit lines, the closing contact address,
/// and the numbered body paragraphs, each with its sentences and exact character offsets.
/// </summary>
public static partial class ArticleParser
{
    // China Daily stamps times in Beijing time.
    private static readonly TimeSpan PublisherOffset = TimeSpan.FromHours(8);

    /// <summary>Parses <paramref name="text"/>, the content of the file named <paramref name="source"/>.</summary>
    public static ArticleDocument Parse(string source, string text)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);

        var parts = new List<ArticlePart>();
        string? title = null, byline = null, standfirst = null;
        DateTimeOffset? published = null;
        var paragraph = 0;

        foreach (var (start, end) in Blocks(text))
        {
            var block = text[start..end];
            if (paragraph == 0 && TryReadHeader(text, start, end, parts, ref title, ref byline, ref published))
                continue;

            var kind = Classify(block, paragraph == 0 && standfirst is null && parts.Count > 0);
            if (kind == PartKind.Standfirst) standfirst = block;
            if (kind == PartKind.Body) paragraph++;
            if (kind == PartKind.Caption)
            {
                // The credit at the end of a caption is a part of its own: "(PHOTO / XINHUA)".
                var credit = start + EndsWithCredit().Match(block).Index;
                var captionEnd = credit;
                while (captionEnd > start && char.IsWhiteSpace(text[captionEnd - 1])) captionEnd--;
                parts.Add(new ArticlePart(PartKind.Caption, paragraph, start, captionEnd, text[start..captionEnd]));
                parts.Add(new ArticlePart(PartKind.Credit, paragraph, credit, end, text[credit..end]));
                continue;
            }

            parts.Add(new ArticlePart(kind, paragraph, start, end, block));
        }

        return new ArticleDocument(source, text, title, byline, published, standfirst, parts, SplitSentences(source, text, parts));
    }

    private static PartKind Classify(string block, bool mayBeStandfirst)
    {
        if (CreditOnly().IsMatch(block)) return PartKind.Credit;
        if (EndsWithCredit().IsMatch(block)) return PartKind.Caption;
        if (EmailOnly().IsMatch(block)) return PartKind.Contact;
        if (block.StartsWith('#')) return PartKind.Title;
        if (mayBeStandfirst && !block.Contains('\n') && block.Length <= 200 && !".!?”\"".Contains(block[^1]))
            return PartKind.Standfirst;
        return PartKind.Body;
    }

    /// <summary>Reads dateline, title and byline lines; true when the block was a header.</summary>
    private static bool TryReadHeader(
        string text, int start, int end, List<ArticlePart> parts,
        ref string? title, ref string? byline, ref DateTimeOffset? published)
    {
        var lines = Lines(text, start, end).ToList();
        var isHeader = lines.Any(l => DatelineLine().IsMatch(text[l.Start..l.End]) || BylineLine().IsMatch(text[l.Start..l.End]))
                       || (parts.Count == 0 && text[start] == '#');
        if (!isHeader) return false;

        foreach (var (lineStart, lineEnd) in lines)
        {
            var line = text[lineStart..lineEnd];
            if (DatelineLine().Match(line) is { Success: true } date)
            {
                published = ParsePublished(date.Groups["when"].Value);
                parts.Add(new ArticlePart(PartKind.Dateline, 0, lineStart, lineEnd, line));
            }
            else if (BylineLine().Match(line) is { Success: true } by)
            {
                byline = by.Groups["who"].Value.Trim();
                parts.Add(new ArticlePart(PartKind.Byline, 0, lineStart, lineEnd, line));
            }
            else if (title is null)
            {
                var heading = line.TrimStart('#', ' ');
                var offset = lineStart + line.Length - heading.Length;
                title = heading;
                parts.Add(new ArticlePart(PartKind.Title, 0, offset, lineEnd, heading));
            }
        }

        return true;
    }

    private static DateTimeOffset? ParsePublished(string value)
    {
        string[] formats = ["HH:mm, MMMM d, yyyy", "H:mm, MMMM d, yyyy", "MMMM d, yyyy", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];
        return DateTime.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, PublisherOffset)
            : null;
    }

    private static List<Sentence> SplitSentences(string source, string text, IEnumerable<ArticlePart> parts)
    {
        var sentences = new List<Sentence>();
        foreach (var part in parts)
        {
            var spans = part.Kind is PartKind.Body or PartKind.Caption or PartKind.Standfirst
                ? SentenceSplitter.Split(text, part.Start, part.End)
                : [(part.Start, part.End)];
            foreach (var (start, end) in spans)
                sentences.Add(new Sentence(sentences.Count, source, part.Kind, part.Paragraph, start, end, text[start..end]));
        }

        return sentences;
    }

    /// <summary>Blocks separated by blank lines, trimmed of surrounding whitespace.</summary>
    internal static IEnumerable<(int Start, int End)> Blocks(string text)
    {
        int? blockStart = null;
        var blockEnd = 0;
        foreach (var (start, end) in Lines(text, 0, text.Length))
        {
            if (string.IsNullOrWhiteSpace(text[start..end]))
            {
                if (blockStart is { } s) yield return Trim(text, s, blockEnd);
                blockStart = null;
                continue;
            }

            blockStart ??= start;
            blockEnd = end;
        }

        if (blockStart is { } last) yield return Trim(text, last, blockEnd);
    }

    private static IEnumerable<(int Start, int End)> Lines(string text, int start, int end)
    {
        var lineStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] != '\n') continue;
            var lineEnd = i > lineStart && text[i - 1] == '\r' ? i - 1 : i;
            yield return (lineStart, lineEnd);
            lineStart = i + 1;
        }

        if (lineStart < end) yield return (lineStart, end);
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    [GeneratedRegex(@"^Published:\s*(?<when>.+)$")]
    private static partial Regex DatelineLine();

    [GeneratedRegex(@"^By\s+(?<who>\p{Lu}[\p{L}.' -]{1,60})$")]
    private static partial Regex BylineLine();

    // "(SHI YU / CHINA DAILY)", "(PHOTO / XINHUA)", "(PROVIDED TO CHINA DAILY)"
    [GeneratedRegex(@"^\((?:[^()/]+/[^()]+|PROVIDED TO [^()]+)\)$")]
    private static partial Regex CreditOnly();

    [GeneratedRegex(@"\((?:[^()/]+/[^()]+|PROVIDED TO [^()]+)\)$")]
    private static partial Regex EndsWithCredit();

    [GeneratedRegex(@"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")]
    private static partial Regex EmailOnly();
}
