using System.Text.RegularExpressions;
using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Answering;

/// <summary>
/// Recognises questions about the article itself (who wrote it, its title, when it was published,
/// what it is about), which its header answers rather than its body.
/// </summary>
public static partial class MetaQuestion
{
    /// <summary>The header parts that answer <paramref name="question"/> ("who wrote it, and when?"); empty when it is not about the article itself.</summary>
    public static IReadOnlyList<PartKind> PartsAskedFor(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var q = TextAnalyzer.Fold(question).ToLowerInvariant();
        var parts = new List<PartKind>();
        if (Author().IsMatch(q)) parts.Add(PartKind.Byline);
        if (Title().IsMatch(q)) parts.Add(PartKind.Title);
        if (Published().IsMatch(q)) parts.Add(PartKind.Dateline);
        if (Summary().IsMatch(q)) parts.Add(PartKind.Standfirst);
        if (Illustration().IsMatch(q)) parts.Add(PartKind.Credit);
        if (Contact().IsMatch(q)) parts.Add(PartKind.Contact);
        return parts;
    }

    /// <summary>The first header part that answers <paramref name="question"/>, or null when it is not about the article itself.</summary>
    public static PartKind? PartAskedFor(string question) => PartsAskedFor(question) is [var first, ..] ? first : null;

    /// <summary>True when <paramref name="question"/> asks about the article's photos, which their captions answer.</summary>
    public static bool AsksAboutPhotos(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Photo().IsMatch(TextAnalyzer.Fold(question).ToLowerInvariant());
    }

    /// <summary>True when <paramref name="question"/> asks about the article's photos together ("where were the photos taken?").</summary>
    public static bool AsksAboutAllPhotos(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var q = TextAnalyzer.Fold(question).ToLowerInvariant();
        return AllPhotos().IsMatch(q) && !OnePhoto().IsMatch(q);
    }

    // "Which of the photos was taken earliest?" asks for one of them.
    [GeneratedRegex(@"\bwhich (one )?of\b|\b(earliest|latest|oldest|newest|first|last|most|biggest|largest|only)\b")]
    private static partial Regex OnePhoto();

    [GeneratedRegex(@"\b(the|article's|its|all( the)?|these|those) (photos|pictures|images|captions)\b|\b(photos|pictures|images) (in|of) (the|this) (article|story|piece)\b")]
    private static partial Regex AllPhotos();

    /// <summary>True when <paramref name="question"/> asks who took or supplied a photo, which its credit line answers.</summary>
    public static bool AsksForPhotoCredit(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var q = TextAnalyzer.Fold(question).ToLowerInvariant();
        return Photo().IsMatch(q) && PhotoCredit().IsMatch(q);
    }

    [GeneratedRegex(@"\bwho(se)?\b.*\b(took|taken|shot|snapped|captured|provided|supplied|credited|photographer)\b|\b(credit|credited|courtesy|photographer|source)\b|\b(which|what) (news )?(agency|outlet|organi[sz]ation|newspaper)\b")]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"\b(photos?|photographs?|pictures?|pics?|images?|captions?|pictured|photographed|snapshots?)\b")]
    private static partial Regex Photo();

    [GeneratedRegex(@"\bwhose byline\b|\bbyline\b.*\b(article|story|piece)\b|\bwho (wrote|authored|penned|reported|is the (author|writer|reporter|journalist))\b(?!.*\b(report|plan|said|says)\b)|\b(author|writer|byline|journalist|reporter) of (the|this) (article|story|piece)\b|^(who|which (journalist|reporter|writer)) (wrote|authored) (it|this|the (article|story|piece))\b")]
    private static partial Regex Author();

    [GeneratedRegex(@"\b(title|headline)\b.*\b(article|story|piece)\b|\b(article|story|piece)('s)? (title|headline)\b|^what('s| is) the (title|headline)\b|^what is (the|this) (article|story|piece) (called|titled|headlined)\b")]
    private static partial Regex Title();

    [GeneratedRegex(@"^when\b(?=.*\b(article|story|piece|it)\b).*\b(published|posted|released|written|come out|came out)\b|\b(article|story|piece)\b.*\b(publication|publishing|release) (date|time)\b|\b(publication|publishing) (date|time)\b|^(at |on )?what (date|day|time)\b(?=.*\b(article|story|piece|it)\b).*\b(published|posted|released|online|out)\b|\b(on )?what (date|day)\b.*\b(it|article|story|piece) (appear|run|come out)\b|\b(go|goes|went|gone) (online|live)\b|\b(time ?stamp|dateline)\b")]
    private static partial Regex Published();

    // The credit under the standfirst belongs to the illustration at the top of the article.
    [GeneratedRegex(@"\b(illustration|illustrated|illustrator|artwork|cartoon)\b|\b(image|picture|graphic) at the top\b|\btop (image|picture|graphic|illustration)\b|\bcredit\b.*\b(subtitle|standfirst|headline|title|top)\b")]
    private static partial Regex Illustration();

    [GeneratedRegex(@"\b(e-?mail|contact)\b")]
    private static partial Regex Contact();

    [GeneratedRegex(@"^what('s| is) (the|this) (article|story|piece) (mainly |mostly |chiefly )?about\b|\b(main (point|idea|topic|theme|message)|gist|summary) of (the|this) (article|story|piece)\b|^(summari[sz]e|sum up) (the|this) (article|story|piece)\b")]
    private static partial Regex Summary();
}
