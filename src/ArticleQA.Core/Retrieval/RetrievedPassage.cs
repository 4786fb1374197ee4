using ArticleQA.Core.Ingestion;

namespace ArticleQA.Core.Retrieval;

/// <summary>A chunk found for a question, with the scores that ranked it.</summary>
/// <param name="Rank">1 for the best.</param>
/// <param name="Chunk">The chunk.</param>
/// <param name="Score">The score of the configured mode (fused, cosine or BM25).</param>
/// <param name="DenseScore">Cosine similarity to the question, or null when not computed.</param>
/// <param name="LexicalScore">BM25 score, or null when not computed.</param>
/// <param name="Position">The chunk's position in the index.</param>
public sealed record RetrievedPassage(int Rank, Chunk Chunk, double Score, double? DenseScore, double? LexicalScore, int Position);
