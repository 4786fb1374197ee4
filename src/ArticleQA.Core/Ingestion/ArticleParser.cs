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
            if (kind is PartKind.Body or PartKind.Heading) paragraph++;
            if (kind == PartKind.Caption)
            {
                // The credit at the end of a caption is a part of its own: "(PHOTO / AGENCY)".
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

    // Longest line read as a section heading.
    private const int MaxHeadingLength = 80;

    private static PartKind Classify(string block, bool mayBeStandfirst)
    {
        if (CreditOnly().IsMatch(block)) return PartKind.Credit;
        if (EndsWithCredit().IsMatch(block)) return PartKind.Caption;
        if (EmailOnly().IsMatch(block)) return PartKind.Contact;
        if (block.StartsWith('#')) return PartKind.Title;
        if (mayBeStandfirst && !block.Contains('\n') && block.Length <= 200 && !".!?”\"".Contains(block[^1]))
            return PartKind.Standfirst;
        // A short line standing alone between paragraphs, with no sentence's end: "Early life", "Aftermath".
        if (!block.Contains('\n') && block.Length <= MaxHeadingLength && !".!?:;”\")]".Contains(block[^1]) && block.Any(char.IsLetter))
            return PartKind.Heading;
        return PartKind.Body;
    }

    /// <summary>
    /// Reads the header lines of a block: a title line or Markdown heading, YAML front matter (title, author, date),
    /// "By X", "By X | Outlet | Updated: date", "Published: date" and "Outlet — date" lines. True when the block was a
    /// header; what cannot be read stays empty.
    /// </summary>
    private static bool TryReadHeader(
        string text, int start, int end, List<ArticlePart> parts,
        ref string? title, ref string? byline, ref DateTimeOffset? published)
    {
        var lines = Lines(text, start, end).ToList();
        var frontMatter = parts.Count == 0 && text[start..end].StartsWith("---", StringComparison.Ordinal);
        var titleLine = parts.Count == 0 && lines.Count == 1 && end - start <= 150 && !".!?:;”\"".Contains(text[end - 1]);
        var isHeader = frontMatter || titleLine || (parts.Count == 0 && text[start] == '#')
                       || lines.Any(l => IsHeaderLine(text[l.Start..l.End]));
        if (!isHeader) return false;

        string? foundTitle = title, foundByline = byline;
        DateTimeOffset? foundDate = published;
        foreach (var (lineStart, lineEnd) in lines)
        {
            var line = text[lineStart..lineEnd];
            if (line.Trim() == "---") continue;
            if (frontMatter)
            {
                if (FrontMatterField().Match(line) is not { Success: true } field) continue;
                var value = field.Groups["value"];
                var (valueStart, valueEnd) = Unquote(text, lineStart + value.Index, lineStart + value.Index + value.Length);
                var kind = field.Groups["key"].Value.ToLowerInvariant() switch
                {
                    "title" => PartKind.Title,
                    "author" or "byline" => PartKind.Byline,
                    _ => PartKind.Dateline,
                };
                Add(kind, valueStart, valueEnd);
                continue;
            }

            if (BylineLine().Match(line) is { Success: true } by)
            {
                ReadByline(line, lineStart, by);
                continue;
            }

            if (IsHeaderLine(line))
            {
                var (s0, e0) = Unquote(text, lineStart, lineEnd);
                Add(PartKind.Dateline, s0, e0);
                continue;
            }

            var heading = line.TrimStart('#', ' ');
            if (foundTitle is null) Add(PartKind.Title, lineStart + line.Length - heading.Length, lineEnd);
            // Another line of the header ("From Wikipedia, the free encyclopedia") says where the text comes from.
            else if (!frontMatter && heading.Length > 0) parts.Add(new ArticlePart(PartKind.Dateline, 0, lineStart, lineEnd, line));
        }

        (title, byline, published) = (foundTitle, foundByline, foundDate);
        return true;

        // "By X | Outlet | Updated: date", "Text by X, as of date": the byline runs to the date, which is a dateline of its own.
        void ReadByline(string line, int lineStart, Match by)
        {
            var who = by.Groups["who"];
            var bylineEnd = line.Length;
            (int Start, int End)? date = null;
            if (line.IndexOf('|', who.Index) >= 0)
            {
                var segments = Segments(line);
                var dated = segments.FindIndex(seg => IsDate(line[seg.Start..seg.End]));
                if (dated > 0) (bylineEnd, date) = (segments[dated - 1].End, (segments[dated].Start, segments[^1].End));
            }
            else if (BylineDate().Match(line, who.Index + who.Length) is { Success: true } after && IsDate(after.Groups["when"].Value))
            {
                (bylineEnd, date) = (who.Index + who.Length, (after.Groups["when"].Index, line.Length));
            }

            foundByline ??= who.Value.Trim();
            parts.Add(new ArticlePart(PartKind.Byline, 0, lineStart, lineStart + bylineEnd, line[..bylineEnd]));
            if (date is { } d) Add(PartKind.Dateline, lineStart + d.Start, lineStart + d.End);
        }

        void Add(PartKind kind, int partStart, int partEnd)
        {
            if (partEnd <= partStart) return;
            var value = text[partStart..partEnd];
            parts.Add(new ArticlePart(kind, 0, partStart, partEnd, value));
            if (kind == PartKind.Title) foundTitle ??= value;
            if (kind == PartKind.Byline) foundByline ??= value;
            if (kind == PartKind.Dateline && foundDate is null && DateIn(value) is { } when && PublicationDate.TryRead(when, out var date)) foundDate = date;
        }
    }

    /// <summary>A line that dates the article: "Published: …", "Updated: …", or an outlet and a date.</summary>
    private static bool IsHeaderLine(string line) =>
        line.Length <= 120 && (DatelineLine().IsMatch(line) || BylineLine().IsMatch(line) || (DateIn(line.Trim('*', '_', ' ')) is { } when && PublicationDate.TryRead(when, out _)));

    private static bool IsDate(string segment) => DateIn(segment) is { } when && PublicationDate.TryRead(when, out _);

    /// <summary>The date part of a dating line: after its label, after its outlet, or the whole line.</summary>
    private static string? DateIn(string line)
    {
        if (DatelineLine().Match(line) is { Success: true } label) return label.Groups["when"].Value;
        if (PublicationDate.TryRead(line, out _)) return line;
        return OutletDate().Match(line) is { Success: true } outlet ? outlet.Groups["when"].Value : null;
    }

    /// <summary>The " | "-separated segments of a line, trimmed.</summary>
    private static List<(int Start, int End)> Segments(string line)
    {
        var segments = new List<(int, int)>();
        var from = 0;
        while (true)
        {
            var bar = line.IndexOf('|', from);
            var (s0, e0) = (from, bar < 0 ? line.Length : bar);
            while (s0 < e0 && char.IsWhiteSpace(line[s0])) s0++;
            while (e0 > s0 && char.IsWhiteSpace(line[e0 - 1])) e0--;
            if (e0 > s0) segments.Add((s0, e0));
            if (bar < 0) return segments;
            from = bar + 1;
        }
    }

    // Emphasis and quotes around a header value: *Daily Planet, 3 June 2012*, "Title".
    private static (int Start, int End) Unquote(string text, int start, int end)
    {
        while (start < end && text[start] is '*' or '_' or '"' or '\'' or ' ') start++;
        while (end > start && text[end - 1] is '*' or '_' or '"' or '\'' or ' ') end--;
        return (start, end);
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

    [GeneratedRegex(@"^[*_]?(Published|Updated|Posted|Last updated|Date|Dated|Released)(:|\s+on)\s*(?<when>.+?)[*_]?$", RegexOptions.IgnoreCase)]
    private static partial Regex DatelineLine();

    // "By Jane Roe", "By Jane Roe | Outlet | Updated: date", "Text by Wikipedia contributors, as of 20 July 2019".
    [GeneratedRegex(@"^(?:(?:Text|Written|Words|Story|Reporting|Report|Article|Interview) by|By)\s+(?<who>\p{Lu}[\p{L}.' -]{0,59}[\p{L}.])\s*(?:[|,].*)?$")]
    private static partial Regex BylineLine();

    // What follows a byline's name: ", as of 20 July 2019", ", updated June 3, 2012".
    [GeneratedRegex(@"\G\s*,\s*(?:(?:as of|as at|updated|published|posted|on)\s+)?(?<when>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex BylineDate();

    // "Daily Planet, June 3, 2012", "Ministry of Examples — March 5, 2024".
    [GeneratedRegex(@"^(?<who>[^|,—–]{2,60}?)\s*(,|—|–| - )\s*(?<when>.+)$")]
    private static partial Regex OutletDate();

    [GeneratedRegex(@"^(?<key>title|author|byline|date|published)\s*:\s*(?<value>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex FrontMatterField();

    // "(NAME / OUTLET)", "(PHOTO / AGENCY)", "(PROVIDED TO OUTLET)"
    [GeneratedRegex(@"^\((?:[^()/]+/[^()]+|PROVIDED TO [^()]+)\)$")]
    private static partial Regex CreditOnly();

    [GeneratedRegex(@"\((?:[^()/]+/[^()]+|PROVIDED TO [^()]+)\)$")]
    private static partial Regex EndsWithCredit();

    [GeneratedRegex(@"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")]
    private static partial Regex EmailOnly();
}
