using System.Globalization;
using System.Text;

namespace ArticleQA.Evaluation.Collection;

/// <summary>The collection's metrics as a Markdown table: the answerer, then the BM25 picker, per article and pooled.</summary>
public static class CollectionTable
{
    /// <summary>One row per article and per pooled group; each cell "answerer / BM25".</summary>
    public static string Markdown(CollectionResults results, IReadOnlyList<string> metrics)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(metrics);
        var text = new StringBuilder();
        text.Append("| article | role | questions | ").AppendJoin(" | ", metrics).AppendLine(" |");
        text.Append("|---|---|---|").Append(string.Concat(metrics.Select(_ => "---|"))).AppendLine();
        foreach (var article in results.Articles)
            Row(text, article.Name, article.Role, article.Summary, article.Bm25Summary, metrics);
        foreach (var pooled in results.Pooled)
            Row(text, $"**pooled: {pooled.Group}** ({pooled.Articles})", "", pooled.Summary, pooled.Bm25Summary, metrics);
        text.AppendLine().AppendLine("Each cell: this answerer / the BM25 top-sentence picker on the same questions (the picker never abstains).");
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, string role, IReadOnlyDictionary<string, double> ours, IReadOnlyDictionary<string, double> bm25, IReadOnlyList<string> metrics)
    {
        var questions = ours.GetValueOrDefault("answerable_questions") + ours.GetValueOrDefault("unanswerable_questions");
        text.Append(CultureInfo.InvariantCulture, $"| {name} | {role} | {questions:0} | ");
        text.AppendJoin(" | ", metrics.Select(m => string.Create(CultureInfo.InvariantCulture, $"{ours.GetValueOrDefault(m):0.000} / {bm25.GetValueOrDefault(m):0.000}")));
        text.AppendLine(" |");
    }
}
