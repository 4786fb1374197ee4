using System.Text.RegularExpressions;
using ArticleQA.Core.Ingestion;

namespace ArticleQA.Core.Answering;

/// <summary>
/// Which part of the article a question about the article itself asks for, in general English: its headline
/// ("What is the headline?"), its author ("Who wrote this article?"), who put it out ("Which agency issued this
/// release?"), when ("When was the interview published?"), or a photo's caption. Empty for a question about what
/// the article tells.
/// </summary>
public static partial class AskedParts
{
    // The piece itself: "this article", "the news release", "the interview", a quoted title before the noun ("the 'X' piece").
    private const string ThePiece = @"\b(this|the|that)\b[^.?!,;]{0,30}?\b(article|story|piece|report|release|advisory|interview|post|page|text|entry|bulletin|announcement|statement|profile|feature|update|item)\b";

    private static readonly IReadOnlySet<PartKind> None = new HashSet<PartKind>();

    /// <summary>The parts that answer <paramref name="folded"/> (folded, lower-case question text), or none.</summary>
    public static IReadOnlySet<PartKind> Of(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var parts = new HashSet<PartKind>();
        var aboutThePiece = Piece().IsMatch(folded);
        if (Headline().IsMatch(folded) || (aboutThePiece && Title().IsMatch(folded)) || BareTitle().IsMatch(folded))
            parts.Add(PartKind.Title);
        if ((aboutThePiece || Credited().IsMatch(folded)) && Author().IsMatch(folded))
            parts.Add(PartKind.Byline);
        if (aboutThePiece && (PublishedBy().IsMatch(folded) || PublishedWhen().IsMatch(folded)))
        {
            parts.Add(PartKind.Byline);
            parts.Add(PartKind.Dateline);
        }

        if (Photo().IsMatch(folded)) parts.Add(PartKind.Caption);
        return parts.Count == 0 ? None : parts;
    }

    // The piece, or "this" at the end, or "it" as the thing published.
    [GeneratedRegex(ThePiece + @"|\bthis\W*$|\b(it|this) (published|written|released|posted|issued|dated)\b")]
    private static partial Regex Piece();

    [GeneratedRegex(@"\bheadlines?\b")]
    private static partial Regex Headline();

    [GeneratedRegex(@"\b(title|titled|called|named)\b")]
    private static partial Regex Title();

    [GeneratedRegex(@"^what('s| is) (the|its) title\W*$")]
    private static partial Regex BareTitle();

    [GeneratedRegex(@"\bcredited\b|^who is the (author|writer|reporter)\W*$")]
    private static partial Regex Credited();

    [GeneratedRegex(@"\bwho (wrote|authored|penned|reported|filed|carried out|conducted)\b|\b(author|writer|reporter|byline|journalist|correspondent)\b|\bwritten by\b")]
    private static partial Regex Author();

    [GeneratedRegex(@"\b(published|publishes|issued|released|put out|posted|produced|distributed|ran) " + ThePiece + @"|\b(source|outlet|publication|publisher|newspaper|website|site|agency|news service)\b")]
    private static partial Regex PublishedBy();

    [GeneratedRegex(@"\b(when|what (date|day|year|month))\b.*\b(published|posted|released|issued|written|dated|updated)\b|\b(publication|release|posting) date\b|\bwhat date\b|\bdated\b")]
    private static partial Regex PublishedWhen();

    [GeneratedRegex(@"\b(photo|photos|photograph|photographs|picture|pictures|image|images|caption|pictured|photographed|illustration|illustrations)\b")]
    private static partial Regex Photo();
}
