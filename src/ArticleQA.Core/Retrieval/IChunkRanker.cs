using ArticleQA.Core.Storage;

namespace ArticleQA.Core.Retrieval;

/// <summary>
/// A retrieval method that stands in for the configured one for a call (see
/// <see cref="Answering.AskOptions.Ranker"/>): evaluation uses it to compare an independent
/// retriever over the same chunks with everything else unchanged.
/// </summary>
public interface IChunkRanker
{
    /// <summary>A short name for results and reports, such as <c>lucene-bm25</c>.</summary>
    string Name { get; }

    /// <summary>The best <paramref name="topK"/> chunks of <paramref name="index"/> for <paramref name="question"/>, best first.</summary>
    IReadOnlyList<RetrievedPassage> Rank(ArticleIndex index, string question, int topK);
}
