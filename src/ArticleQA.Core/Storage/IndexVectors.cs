namespace ArticleQA.Core.Storage;

/// <summary>
/// The embeddings of an index's sentences and chunks, by position. Ingest hands them to the
/// vector store and the index file, and loading a file hands them to the store; the store's
/// collections are the only place they stay (an <see cref="ArticleIndex"/> holds none).
/// </summary>
/// <param name="Sentences">One vector per sentence of the index, same order.</param>
/// <param name="Chunks">One vector per chunk of the index, same order.</param>
public sealed record IndexVectors(IReadOnlyList<float[]> Sentences, IReadOnlyList<float[]> Chunks)
{
    /// <summary>Throws unless there is exactly one vector for each sentence and chunk of <paramref name="index"/>.</summary>
    public void CheckFits(ArticleIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (Sentences.Count != index.Sentences.Count || Chunks.Count != index.Chunks.Count)
            throw new ArgumentException("Every sentence and chunk needs exactly one vector.");
    }
}
