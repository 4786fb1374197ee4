using ArticleQA.Core.Storage;
using Microsoft.Extensions.Options;

namespace ArticleQA.Core.Retrieval;

/// <summary>
/// Ranks the chunks for a question: dense cosine (computed through the vector store by the
/// caller), BM25 over the same chunks, fused by reciprocal rank. Pure and thread-safe.
/// </summary>
public sealed class Retriever(IOptions<RetrievalOptions> options)
{
    /// <summary>The configured retrieval settings.</summary>
    public RetrievalOptions Options => options.Value;

    /// <summary>Ranks chunks given the question's stems and its cosine similarity to every chunk.</summary>
    public IReadOnlyList<RetrievedPassage> Rank(
        ArticleIndex index, IReadOnlyCollection<string> queryStems, IReadOnlyList<double> chunkSimilarity,
        RetrievalMode? mode = null, int? topK = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(chunkSimilarity);
        var chosen = mode ?? Options.Mode;
        var top = topK ?? Options.TopK;
        var all = Enumerable.Range(0, index.Chunks.Count).ToList();

        var lexical = chosen != RetrievalMode.Dense ? index.ChunkLexicon.Score(queryStems) : null;
        var scores = chosen switch
        {
            RetrievalMode.Dense => all.ToDictionary(i => i, i => chunkSimilarity[i]),
            RetrievalMode.Bm25 => all.Where(i => lexical![i] > 0).ToDictionary(i => i, i => lexical![i]),
            _ => RankFusion.Fuse(
                [
                    all.OrderByDescending(i => chunkSimilarity[i]).ToList(),
                    all.Where(i => lexical![i] > 0).OrderByDescending(i => lexical![i]).ToList(),
                ],
                Options.FusionK),
        };

        return scores
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key)
            .Take(top)
            .Select((kv, rank) => new RetrievedPassage(
                rank + 1, index.Chunks[kv.Key], kv.Value,
                chosen == RetrievalMode.Bm25 ? null : chunkSimilarity[kv.Key],
                lexical?[kv.Key],
                kv.Key))
            .ToList();
    }
}
