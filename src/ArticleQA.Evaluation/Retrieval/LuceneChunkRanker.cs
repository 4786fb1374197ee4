using ArticleQA.Core.Retrieval;
using ArticleQA.Core.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ArticleQA.Evaluation.Retrieval;

/// <summary>
/// An independent BM25 peer for evaluation: Lucene.NET's BM25 (k1 1.2, b 0.75) with its
/// English analyzer (stop words, possessives, Porter stemming) over the same chunks as our own
/// retriever, held in a RAM directory built once per index. Thread-safe.
/// </summary>
public sealed class LuceneChunkRanker : IChunkRanker, IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string TextField = "text";
    private const string PositionField = "position";
    private readonly System.Threading.Lock _gate = new();
    private readonly Analyzer _analyzer = new EnglishAnalyzer(Version);
    private (ArticleIndex Index, RAMDirectory Directory, DirectoryReader Reader, IndexSearcher Searcher)? _built;

    /// <inheritdoc />
    public string Name => "lucene-bm25";

    /// <inheritdoc />
    public IReadOnlyList<RetrievedPassage> Rank(ArticleIndex index, string question, int topK)
    {
        ArgumentNullException.ThrowIfNull(index);
        var searcher = SearcherFor(index);
        var query = new BooleanQuery();
        foreach (var term in Terms(question)) query.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
        if (query.Clauses.Count == 0) return [];

        return searcher.Search(query, topK).ScoreDocs
            .Select((hit, rank) =>
            {
                var position = searcher.Doc(hit.Doc).GetField(PositionField).GetInt32Value()!.Value;
                return new RetrievedPassage(rank + 1, index.Chunks[position], hit.Score, null, hit.Score, position);
            })
            .ToList();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            Release();
            _analyzer.Dispose();
        }
    }

    private IndexSearcher SearcherFor(ArticleIndex index)
    {
        lock (_gate)
        {
            if (_built is { } built && ReferenceEquals(built.Index, index)) return built.Searcher;
            Release();
            var directory = new RAMDirectory();
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity() }))
            {
                for (var i = 0; i < index.Chunks.Count; i++)
                {
                    writer.AddDocument(new Document
                    {
                        new StoredField(PositionField, i),
                        new TextField(TextField, index.Chunks[i].Text, Field.Store.NO),
                    });
                }

                writer.Commit();
            }

            var reader = DirectoryReader.Open(directory);
            var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
            _built = (index, directory, reader, searcher);
            return searcher;
        }
    }

    private List<string> Terms(string question)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(TextField, new StringReader(question));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    private void Release()
    {
        if (_built is not { } built) return;
        built.Reader.Dispose();
        built.Directory.Dispose();
        _built = null;
    }
}
