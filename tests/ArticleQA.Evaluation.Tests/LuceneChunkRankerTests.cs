using ArticleQA.Core.Answering;
using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Storage;
using ArticleQA.Evaluation.Retrieval;

namespace ArticleQA.Evaluation.Tests;

public sealed class LuceneChunkRankerTests : IDisposable
{
    private readonly LuceneChunkRanker _ranker = new();
    private readonly ArticleIndex _index = RealArticleIndex();

    [Fact]
    public void Rank_LighthouseQuestion_PutsTheTwoLighthouseChunksFirst()
    {
        var passages = _ranker.Rank(_index, "How many lighthouse factories does China have?", 5);

        Assert.Equal(5, passages.Count);
        Assert.All(passages.Take(2), p => Assert.Contains("lighthouse factories", p.Chunk.Text, StringComparison.Ordinal));
        Assert.Contains(passages.Take(2), p => p.Chunk.Text.Contains("79 lighthouse factories", StringComparison.Ordinal));
        Assert.Equal([1, 2, 3, 4, 5], passages.Select(p => p.Rank));
        Assert.True(passages.Zip(passages.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.Same(_index.Chunks[passages[0].Position], passages[0].Chunk);
    }

    [Fact]
    public void Rank_StemsLikeEnglish_InvestedFindsInvestment()
    {
        var passages = _ranker.Rank(_index, "Xiaomi investing research", 3);

        Assert.Contains("105 billion yuan", passages[0].Chunk.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_OnlyStopWords_FindsNothing()
    {
        Assert.Empty(_ranker.Rank(_index, "what is the", 5));
    }

    [Fact]
    public async Task Rank_ConcurrentCalls_AgreeWithASingleCall()
    {
        var expected = _ranker.Rank(_index, "robots on the moon", 5).Select(p => p.Position).ToList();

        var all = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => _ranker.Rank(_index, "robots on the moon", 5))));

        Assert.All(all, passages => Assert.Equal(expected, passages.Select(p => p.Position)));
    }

    public void Dispose() => _ranker.Dispose();

    private static ArticleIndex RealArticleIndex()
    {
        var text = File.ReadAllText(Path.Combine(Samples.RepositoryRoot(), "corpus", "powering-up.txt"));
        var document = ArticleParser.Parse("powering-up.txt", text);
        var chunks = new Chunker(new ChunkingOptions(), t => t.Split(' ').Length).Chunk(document);
        return new ArticleIndex(
            new IndexManifest("test", "none", new ChunkSettings(128, 32), DateTimeOffset.UnixEpoch),
            [document], document.Sentences, chunks, document.Sentences.Select(s => FactReader.Read(s.Text)).ToList());
    }
}
