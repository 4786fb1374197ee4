using System.Text;
using System.Text.RegularExpressions;

namespace ArticleQA.Llm.Answering;

/// <summary>
/// Checks a model's answer while it streams, so that what the user sees is already the checked
/// text: a marker <c>[n]</c> that names no source is removed (with the space before it), a group
/// such as <c>[1, 2]</c> becomes <c>[1][2]</c>, and a reply that is the not-found token, with or
/// without punctuation or spaces around it, is held back and reported as <see cref="NotFound"/>.
/// Text that might still become a marker or the token is held until it is decided. A whole reply
/// is checked by one <see cref="Push"/> and <see cref="Finish"/>.
/// </summary>
public sealed partial class CitationFilter(int sourceCount, string notFoundToken)
{
    // Longest text held while it could still turn out to be a marker.
    private const int MaxMarkerLength = 40;

    private readonly StringBuilder _pending = new();
    private readonly SortedSet<int> _cited = [];
    private string _heldSpace = "";
    private bool _pastToken;
    private bool _started;

    /// <summary>The reply was the not-found token.</summary>
    public bool NotFound { get; private set; }

    /// <summary>The source numbers the text cites, in order.</summary>
    public IReadOnlyCollection<int> Cited => _cited;

    /// <summary>Takes the next piece of the reply; returns the checked text that can be shown now.</summary>
    public string Push(string chunk)
    {
        _pending.Append(chunk);
        return Drain(final: false);
    }

    /// <summary>Ends the reply; returns the checked text still held.</summary>
    public string Finish() => Drain(final: true);

    private string Drain(bool final)
    {
        if (NotFound)
        {
            _pending.Clear();
            return "";
        }

        var output = new StringBuilder();
        if (!_pastToken && !DecideToken(final)) return "";

        var text = _pending.ToString();
        var i = 0;
        while (i < text.Length)
        {
            var bracket = text.IndexOf('[', i);
            if (bracket < 0)
            {
                Emit(output, text[i..]);
                i = text.Length;
                break;
            }

            Emit(output, text[i..bracket]);
            var marker = Marker().Match(text, bracket);
            if (marker.Success)
            {
                EmitMarker(output, marker.Groups["numbers"].Value);
                i = bracket + marker.Length;
                continue;
            }

            if (!final && CouldBecomeMarker(text.AsSpan(bracket)))
            {
                i = bracket;
                break;
            }

            Emit(output, "[");
            i = bracket + 1;
        }

        _pending.Remove(0, i);
        if (final)
        {
            // Trailing spaces are never shown.
            _heldSpace = "";
            _pending.Clear();
        }

        return output.ToString();
    }

    /// <summary>False while the reply could still be the not-found token.</summary>
    private bool DecideToken(bool final)
    {
        var head = _pending.ToString().TrimStart(TokenWrapping);
        if (head.StartsWith(notFoundToken, StringComparison.OrdinalIgnoreCase)
            && (head.Length == notFoundToken.Length || !char.IsLetterOrDigit(head[notFoundToken.Length])))
        {
            NotFound = true;
            _pending.Clear();
            return false;
        }

        if (!final && (head.Length == 0 || notFoundToken.StartsWith(head, StringComparison.OrdinalIgnoreCase))) return false;
        _pastToken = true;
        return true;
    }

    private void Emit(StringBuilder output, string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0)
        {
            // Spaces wait: they go before the next word or valid marker, and vanish before a removed marker.
            if (_started) _heldSpace += text;
            return;
        }

        if (_started) output.Append(_heldSpace).Append(trimmed);
        else output.Append(trimmed.TrimStart());
        _heldSpace = text[trimmed.Length..];
        _started = true;
    }

    private void EmitMarker(StringBuilder output, string numbers)
    {
        var valid = NumberList().Matches(numbers)
            .Select(m => int.TryParse(m.Value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(n => n >= 1 && n <= sourceCount)
            .Distinct()
            .ToList();
        if (valid.Count == 0)
        {
            _heldSpace = "";
            return;
        }

        if (_started) output.Append(_heldSpace);
        _heldSpace = "";
        foreach (var n in valid)
        {
            output.Append('[').Append(n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
            _cited.Add(n);
        }

        _started = true;
    }

    private static bool CouldBecomeMarker(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxMarkerLength) return false;
        foreach (var c in text[1..])
        {
            if (!char.IsAsciiDigit(c) && c is not (' ' or ',' or ';') && !"source".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal))
                return false;
        }

        return true;
    }

    private static readonly char[] TokenWrapping = [' ', '\t', '\r', '\n', '"', '\'', '“', '”', '‘', '’', '*', '_', '`', '.', ',', ':', ';', '!', '-', '(', ')', '[', ']'];

    // [3], [1, 2], [1;2], [source 4], [Sources 1, 2]
    [GeneratedRegex(@"\G\[\s*(?:sources?\s*)?(?<numbers>\d{1,4}(?:\s*[,;]\s*(?:sources?\s*)?\d{1,4})*)\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberList();
}
