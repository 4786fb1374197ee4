namespace ArticleQA.Core.Ingestion;

/// <summary>
/// Splits English prose into sentences without losing a character of offset: every span it
/// returns indexes the original text exactly.
/// </summary>
public static class SentenceSplitter
{
    // Words that end in a full stop without ending the sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Co", "Corp", "Inc", "Ltd", "Jr", "Sr", "vs", "etc",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Vol", "Fig", "e.g", "i.e", "U.S", "U.K", "approx", "Gov", "Gen", "Rep", "Sen",
    };

    private const string ClosingMarks = "\"'”’)]";

    /// <summary>Returns (start, end) spans of the sentences in <paramref name="text"/>[start..end].</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int, int)>();
        var sentenceStart = SkipWhitespace(text, start, end);
        for (var i = sentenceStart; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?')) continue;

            var close = i + 1;
            while (close < end && ClosingMarks.Contains(text[close])) close++;
            if (close < end && !char.IsWhiteSpace(text[close])) continue; // 3.6, e.g., URLs
            if (c == '.' && IsAbbreviation(text, sentenceStart, i)) continue;

            var next = SkipWhitespace(text, close, end);
            if (next < end && !StartsSentence(text[next])) continue;
            if (c == '.' && IsClockTimeBeforeZone(text, sentenceStart, i, next, end)) continue;

            spans.Add((sentenceStart, close));
            sentenceStart = next;
            i = next - 1;
        }

        var tail = TrimEnd(text, sentenceStart, end);
        if (tail > sentenceStart) spans.Add((sentenceStart, tail));
        return spans;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '“' or '"' or '‘' or '\'' or '(' or '[' || !char.IsLetter(c) && !char.IsPunctuation(c);

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        if (wordStart == dot) return false;
        var word = text[wordStart..dot];
        // A single capital letter followed by a dot is an initial ("J. Smith").
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    // "9:17 a.m. PST": a time of day followed by its zone, two to four capitals, goes on.
    private static bool IsClockTimeBeforeZone(string text, int sentenceStart, int dot, int next, int end)
    {
        if (dot - sentenceStart < 3 || !(text.AsSpan(dot - 3, 4) is "a.m." or "p.m." or "A.M." or "P.M.")) return false;
        var zone = next;
        while (zone < end && char.IsAsciiLetterUpper(text[zone])) zone++;
        return zone - next is >= 2 and <= 4 && (zone == end || !char.IsLetter(text[zone]));
    }

    private static int SkipWhitespace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
