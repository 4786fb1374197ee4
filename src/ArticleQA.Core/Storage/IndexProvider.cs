using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using ArticleQA.Core.Answering;
using ArticleQA.Core.Embeddings;
using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Telemetry;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.VectorData;

namespace ArticleQA.Core.Storage;

/// <summary>
/// The ingest pipeline and the keeper of the current index: reads the corpus, loads the index
/// file when it matches the corpus, settings and model (by content hash), or parses, chunks,
/// embeds and saves a new one; then fills the vector store collections, which are from then on
/// the only place the vectors live.
/// </summary>
public sealed class IndexProvider(
    IOptions<ArticleQAOptions> options,
    IOptions<ChunkingOptions> chunking,
    EmbeddingModelInfo model,
    WordPieceTokenizer tokenizer,
    CorpusReader corpusReader,
    IEmbeddingGenerator<string, Embedding<float>> embeddings,
    VectorStore vectorStore,
    ILogger<IndexProvider> logger) : IDisposable
{
    /// <summary>Collection of chunk records.</summary>
    public const string ChunkCollection = "articleqa-chunks";

    /// <summary>Collection of sentence records.</summary>
    public const string SentenceCollection = "articleqa-sentences";

    // Bump when parsing, chunking or fact reading changes what an index holds.
    private const string PipelineVersion = "pipeline-9";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile ArticleIndex? _current;

    /// <summary>The index file's path.</summary>
    public string IndexPath => Path.Combine(RepositoryPaths.Resolve(options.Value.DataPath), $"index-{model.Name.ToLowerInvariant()}.bin");

    /// <summary>The chunk collection in the configured vector store.</summary>
    public VectorStoreCollection<string, TextRecord> Chunks => vectorStore.GetCollection<string, TextRecord>(ChunkCollection);

    /// <summary>The sentence collection in the configured vector store.</summary>
    public VectorStoreCollection<string, TextRecord> Sentences => vectorStore.GetCollection<string, TextRecord>(SentenceCollection);

    /// <summary>True once an index is loaded.</summary>
    public bool IsReady => _current is not null;

    /// <summary>The current index, loading or building it on first use.</summary>
    public async Task<ArticleIndex> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } index) return index;
        await IngestAsync(force: false, cancellationToken).ConfigureAwait(false);
        return _current!;
    }

    /// <summary>Loads the index from disk when it is current, else builds and saves it.</summary>
    /// <exception cref="CorpusException">The corpus cannot be read.</exception>
    public async Task<IngestReport> IngestAsync(bool force, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        using var span = ArticleQATelemetry.Source.StartActivity(ArticleQATelemetry.IngestSpan);
        try
        {
            var clock = Stopwatch.StartNew();
            var files = await corpusReader.ReadAsync(RepositoryPaths.Resolve(options.Value.CorpusPath), cancellationToken).ConfigureAwait(false);
            var hash = ContentHash(files);

            string? reason = force ? "forced" : null;
            ArticleIndex? index = null;
            IndexVectors? vectors = null;
            if (!force)
            {
                var loaded = await IndexFile.LoadAsync(IndexPath, cancellationToken).ConfigureAwait(false);
                (index, vectors, reason) = (loaded.Index, loaded.Vectors, loaded.Problem);
                if (index is not null && index.Manifest.ContentHash != hash)
                {
                    (index, vectors, reason) = (null, null, "corpus, chunk settings or model changed");
                }
            }

            if (index is null || vectors is null)
            {
                logger.LogInformation("Building the index: {Reason}", reason);
                (index, vectors) = await BuildAsync(files, hash, cancellationToken).ConfigureAwait(false);
                await IndexFile.SaveAsync(IndexPath, index, vectors, cancellationToken).ConfigureAwait(false);
            }

            // Questions are answered from the collections while this runs: refill them only when
            // the content differs, so that re-checking an unchanged index never empties them.
            if (_current?.Manifest.ContentHash != index.Manifest.ContentHash)
                await FillCollectionsAsync(index, vectors, cancellationToken).ConfigureAwait(false);
            _current = index;
            var report = new IngestReport(
                index.Documents.Count, index.BodyParagraphCount, index.Sentences.Count, index.Chunks.Count,
                reason is not null, reason, clock.Elapsed, IndexPath);
            logger.LogInformation(
                "Index ready: {Documents} documents, {Paragraphs} paragraphs, {Chunks} chunks, {Sentences} sentences, rebuilt={Rebuilt} in {ElapsedMs:F0} ms",
                report.Documents, report.Paragraphs, report.Chunks, report.Sentences, report.Rebuilt, clock.Elapsed.TotalMilliseconds);
            span?.SetTag("articleqa.rebuilt", report.Rebuilt);
            span?.SetTag("articleqa.chunks", report.Chunks);
            ArticleQATelemetry.IngestDuration.Record(clock.Elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("articleqa.rebuilt", report.Rebuilt));
            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private async Task<(ArticleIndex Index, IndexVectors Vectors)> BuildAsync(IReadOnlyList<CorpusFile> files, string hash, CancellationToken cancellationToken)
    {
        var chunker = new Chunker(chunking.Value, tokenizer.CountTokens);
        var documents = new List<ArticleDocument>();
        var sentences = new List<Sentence>();
        var chunks = new List<Chunk>();
        foreach (var file in files)
        {
            var parsed = ArticleParser.Parse(file.Source, file.Text);
            // Number sentences across the whole corpus so that one position names one sentence.
            var numbered = parsed with { Sentences = parsed.Sentences.Select(s => s with { Index = s.Index + sentences.Count }).ToList() };
            documents.Add(numbered);
            sentences.AddRange(numbered.Sentences);
            chunks.AddRange(chunker.Chunk(numbered));
        }

        var texts = sentences.Select(s => s.Text).Concat(chunks.Select(c => c.Text)).ToList();
        var vectors = await embeddings.GenerateAsync(texts, cancellationToken: cancellationToken).ConfigureAwait(false);
        var arrays = vectors.Select(v => v.Vector.ToArray()).ToList();
        var manifest = new IndexManifest(hash, ModelId, new ChunkSettings(chunking.Value.MaxTokens, chunking.Value.OverlapTokens), DateTimeOffset.UtcNow);
        var facts = sentences.Select(s => FactReader.Read(s.Text)).ToList();
        var tokens = vectors.Take(sentences.Count).Select(TokenVectors.Of).ToList();
        var sentenceTokens = tokens.All(t => t is not null) ? tokens.Select(t => t!.ToHalfPrecision()).ToList() : [];
        return (new ArticleIndex(manifest, documents, sentences, chunks, facts, sentenceTokens), new IndexVectors(arrays[..sentences.Count], arrays[sentences.Count..]));
    }

    private async Task FillCollectionsAsync(ArticleIndex index, IndexVectors vectors, CancellationToken cancellationToken)
    {
        vectors.CheckFits(index);
        await Sentences.EnsureCollectionDeletedAsync(cancellationToken).ConfigureAwait(false);
        await Sentences.EnsureCollectionExistsAsync(cancellationToken).ConfigureAwait(false);
        await Sentences.UpsertAsync(
            index.Sentences.Select((s, i) => Record(TextRecord.SentenceKind, i, s.Source, s.Paragraph, s.Start, s.End, s.Text, vectors.Sentences[i])),
            cancellationToken).ConfigureAwait(false);

        await Chunks.EnsureCollectionDeletedAsync(cancellationToken).ConfigureAwait(false);
        await Chunks.EnsureCollectionExistsAsync(cancellationToken).ConfigureAwait(false);
        await Chunks.UpsertAsync(
            index.Chunks.Select((c, i) => Record(TextRecord.ChunkKind, i, c.Source, c.Paragraph, c.Start, c.End, c.Text, vectors.Chunks[i])),
            cancellationToken).ConfigureAwait(false);
    }

    private static TextRecord Record(string kind, int position, string source, int paragraph, int start, int end, string text, float[] vector) => new()
    {
        Key = $"{kind[0]}:{position}",
        Kind = kind,
        Position = position,
        Source = source,
        Paragraph = paragraph,
        Start = start,
        End = end,
        Text = text,
        Vector = vector,
    };

    // The generator's model id ("MiniLM-int8"): vectors of another model or quantisation never mix with these.
    private string ModelId => EmbeddingModelId.Of(embeddings) ?? model.Name;

    private string ContentHash(IReadOnlyList<CorpusFile> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{PipelineVersion}\n{ModelId}\n{chunking.Value.MaxTokens}\n{chunking.Value.OverlapTokens}\n"));
        foreach (var file in files)
            sha.AppendData(Encoding.UTF8.GetBytes($"{file.Source}\0{file.Text}\0"));
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
