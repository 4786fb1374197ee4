using ArticleQA.Core.Answering;
using ArticleQA.Core.Embeddings;
using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Retrieval;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Storage;

/// <summary>What an index was built from; a different hash means the index is stale.</summary>
/// <param name="ContentHash">SHA-256 over the corpus files, the chunk settings and the model.</param>
/// <param name="Model">Embedding model name.</param>
/// <param name="Chunking">Chunk settings used.</param>
/// <param name="CreatedUtc">When the index was built.</param>
public sealed record IndexManifest(string ContentHash, string Model, ChunkSettings Chunking, DateTimeOffset CreatedUtc);

/// <summary>Chunk settings as recorded in an index.</summary>
public sealed record ChunkSettings(int MaxTokens, int OverlapTokens);

/// <summary>
/// The corpus as indexed: documents, sentences and chunks, and the lexical indexes over them.
/// Immutable; shared by all requests. Their vectors live in the vector store only
/// (<see cref="IndexVectors"/>, <see cref="IndexProvider"/>).
/// </summary>
public sealed class ArticleIndex
{
    private readonly Dictionary<string, ArticleDocument> _documents;

    /// <summary>
    /// Creates an index; sentence indexes must be global positions in <paramref name="sentences"/>, and
    /// <paramref name="facts"/> holds what each sentence states, read at ingest (<see cref="FactReader"/>).
    /// <paramref name="sentenceTokens"/> holds each sentence's word-piece vectors when the embedding model gave them.
    /// </summary>
    public ArticleIndex(
        IndexManifest manifest, IReadOnlyList<ArticleDocument> documents, IReadOnlyList<Sentence> sentences,
        IReadOnlyList<Chunk> chunks, IReadOnlyList<SentenceFacts> facts, IReadOnlyList<TokenVectors>? sentenceTokens = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Count != sentences.Count) throw new ArgumentException("Every sentence needs exactly one set of facts.", nameof(facts));
        if (sentenceTokens is { Count: > 0 } && sentenceTokens.Count != sentences.Count)
            throw new ArgumentException("Token vectors are given for every sentence or for none.", nameof(sentenceTokens));
        SentenceTokens = sentenceTokens ?? [];
        Manifest = manifest;
        Documents = documents;
        Sentences = sentences;
        Chunks = chunks;
        _documents = documents.ToDictionary(d => d.Source, StringComparer.Ordinal);
        SentenceLexicon = new Bm25Index(sentences.Select(s => s.Text).ToList());
        ChunkLexicon = new Bm25Index(chunks.Select(c => c.Text).ToList());
        Vocabulary = new CorpusVocabulary(sentences.Select(s => s.Text));
        SentenceStems = sentences.Select(s => (IReadOnlySet<string>)TextAnalyzer.Stems(s.Text).ToHashSet(StringComparer.Ordinal)).ToList();
        var chunksOf = sentences.Select(_ => new List<int>()).ToArray();
        for (var c = 0; c < chunks.Count; c++)
            for (var i = chunks[c].FirstSentence; i <= chunks[c].LastSentence; i++) chunksOf[i].Add(c);
        ChunksOfSentence = chunksOf;
        Facts = facts;
        _figures = sentences.Select(s => (IReadOnlySet<string>)FigureText.In(s.Text).ToHashSet(StringComparer.Ordinal)).ToList();
        Figures = _figures.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
        _ranks = sentences.Select(s => RankWords.In(s.Text)).ToList();
        _paragraphStems = sentences
            .GroupBy(s => (s.Source, s.Kind, s.Paragraph))
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.SelectMany(s => SentenceStems[s.Index]).ToHashSet(StringComparer.Ordinal));
    }

    private static readonly IReadOnlySet<string> NoStems = new HashSet<string>();
    private readonly Dictionary<(string, PartKind, int), IReadOnlySet<string>> _paragraphStems;

    /// <summary>The stems of the whole part <paramref name="sentence"/> belongs to.</summary>
    public IReadOnlySet<string> ParagraphStems(Sentence sentence) => _paragraphStems[(sentence.Source, sentence.Kind, sentence.Paragraph)];

    /// <summary>The stems of the body paragraph before the part of <paramref name="sentence"/>, or an empty set.</summary>
    public IReadOnlySet<string> PreviousParagraphStems(Sentence sentence) =>
        _paragraphStems.GetValueOrDefault((sentence.Source, PartKind.Body, sentence.Kind == PartKind.Body ? sentence.Paragraph - 1 : sentence.Paragraph))
        ?? NoStems;

    /// <summary>The credit line right after a caption ("(PHOTO / AGENCY)"), or null.</summary>
    public Sentence? CreditOf(Sentence caption)
    {
        ArgumentNullException.ThrowIfNull(caption);
        return caption.Kind == PartKind.Caption && caption.Index + 1 < Sentences.Count
               && Sentences[caption.Index + 1] is { Kind: PartKind.Credit } credit && credit.Source == caption.Source
            ? credit
            : null;
    }

    private readonly IReadOnlyList<IReadOnlySet<string>> _figures;
    private readonly IReadOnlyList<IReadOnlySet<string>> _ranks;

    /// <summary>What each sentence states, by sentence index: read once at ingest and stored in the index file.</summary>
    public IReadOnlyList<SentenceFacts> Facts { get; }

    /// <summary>
    /// Each sentence's word-piece vectors (by index), read at ingest from the same model run as its
    /// sentence vector, for <see cref="TokenAlignment"/>; empty when the embedding model gives none.
    /// They are no copy of any vector store record.
    /// </summary>
    public IReadOnlyList<TokenVectors> SentenceTokens { get; }

    /// <summary>Every figure the corpus states, as digits ("1200" for "1,200").</summary>
    public IReadOnlySet<string> Figures { get; }

    /// <summary>The figures sentence <paramref name="sentence"/> states, as digits.</summary>
    public IReadOnlySet<string> FiguresOf(int sentence) => _figures[sentence];

    /// <summary>The places in an order sentence <paramref name="sentence"/> names ("the largest", "11th"; <see cref="RankWords"/>).</summary>
    public IReadOnlySet<string> RanksOf(int sentence) => _ranks[sentence];

    /// <summary>The stems of every sentence, by sentence index.</summary>
    public IReadOnlyList<IReadOnlySet<string>> SentenceStems { get; }

    /// <summary>For every sentence, the positions of the chunks that contain it.</summary>
    public IReadOnlyList<IReadOnlyList<int>> ChunksOfSentence { get; }

    /// <summary>The corpus's words and names.</summary>
    public CorpusVocabulary Vocabulary { get; }

    /// <summary>What the index was built from.</summary>
    public IndexManifest Manifest { get; }

    /// <summary>The parsed documents.</summary>
    public IReadOnlyList<ArticleDocument> Documents { get; }

    /// <summary>All sentences, numbered globally.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>All chunks.</summary>
    public IReadOnlyList<Chunk> Chunks { get; }

    /// <summary>BM25 over sentences.</summary>
    public Bm25Index SentenceLexicon { get; }

    /// <summary>BM25 over chunks.</summary>
    public Bm25Index ChunkLexicon { get; }

    /// <summary>The document a sentence or chunk came from.</summary>
    public ArticleDocument Document(string source) => _documents[source];

    /// <summary>Number of body paragraphs over all documents.</summary>
    public int BodyParagraphCount => Documents.Sum(d => d.BodyParagraphs.Count());
}
