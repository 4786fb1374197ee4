using System.Globalization;
using ArticleQA.Core.Ingestion;

namespace ArticleQA.Cli.Teams;

/// <summary>
/// The Teams app's full name and description when <c>ArticleQA:Teams</c> leaves them empty: said
/// of the articles the bot answers about, by their titles and dates as ingestion reads them.
/// </summary>
internal static class TeamsAppText
{
    private const string HowItAnswers =
        "Every answer quotes the sentences it comes from, numbered like [1], and the bot says so when the article does not tell. "
        + "Type help for examples, /reset to start over.";

    /// <summary>"ArticleQA: questions about “Title”", or about how many articles there are.</summary>
    public static string FullName(IReadOnlyList<ArticleDocument> articles) => Fit(
        articles switch
        {
            [{ Title: { Length: > 0 } title }] => $"ArticleQA: questions about \u201C{title}\u201D",
            [] or [_] => "ArticleQA: questions about a news article",
            _ => $"ArticleQA: questions about {articles.Count} news articles",
        },
        TeamsPackageOptions.FullNameLength);

    /// <summary>What the app answers about, each article by title and date, then how it answers.</summary>
    public static string FullDescription(IReadOnlyList<ArticleDocument> articles)
    {
        var about = articles switch
        {
            [] => "Ask about a news article.",
            [var one] => $"Ask about the article {Name(one)}.",
            _ => $"Ask about {articles.Count} articles: {string.Join("; ", articles.Select(Name))}.",
        };
        return Fit(about, TeamsPackageOptions.FullDescriptionLength - HowItAnswers.Length - 1) + " " + HowItAnswers;
    }

    private static string Name(ArticleDocument article)
    {
        var title = string.IsNullOrWhiteSpace(article.Title) ? article.Source : $"\u201C{article.Title}\u201D";
        return article.Published is { } published
            ? $"{title} ({published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})"
            : title;
    }

    private static string Fit(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "\u2026";
}
