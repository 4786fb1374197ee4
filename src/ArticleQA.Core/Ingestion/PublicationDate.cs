using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleQA.Core.Ingestion;

/// <summary>
/// Reads a publication date as a header writes it ("16:27, March 14, 2025", "Oct 12, 2023 3:00 PM
/// EDT", "2012-06-03 14:05 UTC", "5 December 2026"). The time zone is taken as written; a time with
/// no zone is not given one, so it is left unread rather than guessed.
/// </summary>
public static partial class PublicationDate
{
    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero,
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["CST"] = TimeSpan.FromHours(-6), ["CDT"] = TimeSpan.FromHours(-5),
        ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6), ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7),
        ["BST"] = TimeSpan.FromHours(1), ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2),
    };

    private static readonly string[] Formats =
    [
        "HH:mm, MMMM d, yyyy", "H:mm, MMMM d, yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd", "MMMM d, yyyy h:mm tt", "MMM d, yyyy h:mm tt",
        "MMMM d, yyyy HH:mm", "MMM d, yyyy HH:mm", "MMMM yyyy",
    ];

    /// <summary>True when <paramref name="text"/> holds a date this reader understands.</summary>
    public static bool TryRead(string text, out DateTimeOffset? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        published = null;
        var value = Weekday().Replace(text.Trim().Trim('*', '_', ' '), "").Trim();
        TimeSpan? zone = null;
        if (ZoneSuffix().Match(value) is { Success: true } suffix)
        {
            var name = suffix.Groups["zone"].Value;
            if (Zones.TryGetValue(name, out var known)) zone = known;
            else if (Offset().Match(name) is { Success: true } offset)
                zone = new TimeSpan(int.Parse(offset.Groups["h"].Value, CultureInfo.InvariantCulture), offset.Groups["m"].Success ? int.Parse(offset.Groups["m"].Value, CultureInfo.InvariantCulture) : 0, 0)
                       * (offset.Groups["sign"].Value == "-" ? -1 : 1);
            value = value[..suffix.Index].Trim();
        }

        if (!DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local)) return false;
        var hasTime = local.TimeOfDay != TimeSpan.Zero || value.Contains(':', StringComparison.Ordinal);
        // A calendar date needs no zone; a time does, and without one it stays unread.
        if (zone is { } z) published = new DateTimeOffset(local, z);
        else if (!hasTime) published = new DateTimeOffset(local, TimeSpan.Zero);
        return true;
    }

    [GeneratedRegex(@"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\s+\(?(?<zone>UTC|GMT|[ECMP][SD]T|BST|CEST|CET|(UTC|GMT)[+-]\d{1,2}(:?\d{2})?|[+-]\d{2}:?\d{2})\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ZoneSuffix();

    [GeneratedRegex(@"(?<sign>[+-])(?<h>\d{1,2}):?(?<m>\d{2})?$")]
    private static partial Regex Offset();
}
