using System.Text.Json.Serialization;
using ArticleQA.Evaluation.Running;

namespace ArticleQA.Evaluation.Collection;

/// <summary>One question set of one article, answered by the answerer and by the BM25 sentence picker.</summary>
/// <param name="File">The question file.</param>
/// <param name="Results">The answerer's results document (the eval format).</param>
/// <param name="Bm25">The BM25 sentence picker's results on the same questions.</param>
public sealed record SetResults(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("results")] EvalResults Results,
    [property: JsonPropertyName("bm25")] EvalResults Bm25);

/// <summary>An article's sets and its metrics over all of them.</summary>
/// <param name="Name">The article.</param>
/// <param name="Role">training or validation.</param>
/// <param name="Sets">Its question sets.</param>
/// <param name="Summary">The answerer's metrics over all its questions.</param>
/// <param name="Bm25Summary">The BM25 picker's metrics over the same questions.</param>
public sealed record ArticleResults(
    [property: JsonPropertyName("article")] string Name,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("sets")] IReadOnlyList<SetResults> Sets,
    [property: JsonPropertyName("summary")] IReadOnlyDictionary<string, double> Summary,
    [property: JsonPropertyName("bm25_summary")] IReadOnlyDictionary<string, double> Bm25Summary);

/// <summary>Metrics pooled over a group of articles (all their questions together).</summary>
/// <param name="Group">validation, training or all.</param>
/// <param name="Articles">How many articles.</param>
/// <param name="Summary">The answerer's pooled metrics.</param>
/// <param name="Bm25Summary">The BM25 picker's pooled metrics.</param>
public sealed record PooledResults(
    [property: JsonPropertyName("group")] string Group,
    [property: JsonPropertyName("articles")] int Articles,
    [property: JsonPropertyName("summary")] IReadOnlyDictionary<string, double> Summary,
    [property: JsonPropertyName("bm25_summary")] IReadOnlyDictionary<string, double> Bm25Summary);

/// <summary>The evaluation of the whole collection: per article and pooled.</summary>
/// <param name="Model">Which ranker answered ("shipped", a path, or "leave-one-article-out").</param>
/// <param name="Articles">Per article.</param>
/// <param name="Pooled">Pooled by group.</param>
public sealed record CollectionResults(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("articles")] IReadOnlyList<ArticleResults> Articles,
    [property: JsonPropertyName("pooled")] IReadOnlyList<PooledResults> Pooled);
