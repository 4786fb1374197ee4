namespace ArticleQA.Core.Storage;

/// <summary>What an ingest did.</summary>
/// <param name="Documents">Documents in the corpus.</param>
/// <param name="Paragraphs">Body paragraphs.</param>
/// <param name="Sentences">Sentences indexed.</param>
/// <param name="Chunks">Chunks indexed.</param>
/// <param name="Rebuilt">True when the index was built now; false when loaded from disk.</param>
/// <param name="Reason">Why it was rebuilt (stale, missing, corrupt, forced), or null.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="IndexPath">The index file.</param>
public sealed record IngestReport(int Documents, int Paragraphs, int Sentences, int Chunks, bool Rebuilt, string? Reason, TimeSpan Elapsed, string IndexPath);
