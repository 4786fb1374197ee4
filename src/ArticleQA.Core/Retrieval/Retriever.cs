using ArticleQA.Core.Storage;
using Microsoft.Extensions.Options;

namespace ArticleQA.Core.Retrieval;

/// <summary>
/// Finds the chunks that best match a question: dense cosine through the vector store, BM25
/// over the same chunks, fused by reciprocal rank.
/// </summary>
public sealed class Retriever(IndexProvider indexProvider, IOptions<RetrievalOptions> options)
{
    /// <summary>The configured retrieval settings.</summary>
    public RetrievalOptions Options => options.Value;

    /// <summary>Ranks chunks for a question whose stems and vector are given.</summary>
    public async Task<IReadOnlyList<RetrievedPassage>> RetrieveAsync(
        ArticleIndex index, IReadOnlyCollection<string> queryStems, ReadOnlyMemory<float> queryVector,
        RetrievalMode? mode = null, int? topK = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        var chosen = mode ?? Options.Mode;
        var top = topK ?? Options.TopK;

        var dense = new Dictionary<int, double>();
        if (chosen != RetrievalMode.Bm25)
        {
            await foreach (var hit in indexProvider.Chunks.SearchAsync(queryVector, index.Chunks.Count, cancellationToken: cancellationToken).ConfigureAwait(false))
                dense[hit.Record.Position] = hit.Score ?? 0;
        }

        var lexical = chosen != RetrievalMode.Dense ? index.ChunkLexicon.Score(queryStems) : null;
        var lexicalRanking = lexical is null ? [] : Enumerable.Range(0, lexical.Length).Where(i => lexical[i] > 0).OrderByDescending(i => lexical[i]).ToList();
        var denseRanking = dense.OrderByDescending(kv => kv.Value).Select(kv => kv.Key).ToList();

        var scores = chosen switch
        {
            RetrievalMode.Dense => dense,
            RetrievalMode.Bm25 => lexicalRanking.ToDictionary(i => i, i => lexical![i]),
            _ => RankFusion.Fuse([denseRanking, lexicalRanking], Options.FusionK),
        };

        return scores
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key)
            .Take(top)
            .Select((kv, rank) => new RetrievedPassage(
                rank + 1, index.Chunks[kv.Key], kv.Value,
                dense.TryGetValue(kv.Key, out var d) ? d : null,
                lexical?[kv.Key]))
            .ToList();
    }
}
