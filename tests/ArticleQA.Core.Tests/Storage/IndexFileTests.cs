using ArticleQA.Core.Answering;
using ArticleQA.Core.Embeddings;
using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Storage;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Storage;

public sealed class IndexFileTests : IDisposable
{
    private const string Article = "Published: 16:27, March 14, 2025\nPowering up\nBy Ma Si\n\nA short standfirst\n\n"
                                   + "China is home to 79 lighthouse factories. That is the most of any country.\n\n"
                                   + "A caption. (PHOTO / XINHUA)\n\nXiaomi invested 105 billion yuan in R&D.\n";

    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task SaveThenLoad_SmallIndex_RoundTripsEverything()
    {
        var (index, vectors) = SmallIndex();
        var path = _folder.File("index.bin");

        await IndexFile.SaveAsync(path, index, vectors);
        var loaded = await IndexFile.LoadAsync(path);

        Assert.Null(loaded.Problem);
        var copy = Assert.IsType<ArticleIndex>(loaded.Index);
        Assert.Equal(index.Manifest, copy.Manifest);
        Assert.Equal(index.Sentences, copy.Sentences);
        Assert.Equal(index.Chunks, copy.Chunks);
        Assert.Equal(index.Facts, copy.Facts);
        var vectorsCopy = Assert.IsType<IndexVectors>(loaded.Vectors);
        Assert.Equal(vectors.Sentences, vectorsCopy.Sentences);
        Assert.Equal(vectors.Chunks, vectorsCopy.Chunks);
        var original = Assert.Single(index.Documents);
        var document = Assert.Single(copy.Documents);
        Assert.Equal(
            (original.Source, original.Text, original.Title, original.Byline, original.Published, original.Standfirst),
            (document.Source, document.Text, document.Title, document.Byline, document.Published, document.Standfirst));
        Assert.Equal(original.Published?.Offset, document.Published?.Offset);
        Assert.Equal(original.Parts, document.Parts);
    }

    [Fact]
    public async Task Load_RealArticle_FactsEqualFreshlyReadOnes()
    {
        var document = ArticleParser.Parse(RepositoryFiles.ArticleSource, RepositoryFiles.ArticleText);
        var chunks = new Chunker(new ChunkingOptions(), WordCount.Of).Chunk(document);
        var facts = document.Sentences.Select(s => FactReader.Read(s.Text)).ToList();
        var manifest = new IndexManifest("C0FFEE", "test-model", new ChunkSettings(128, 32), DateTimeOffset.UnixEpoch);
        var vectors = new IndexVectors(document.Sentences.Select(_ => new[] { 1f }).ToList(), chunks.Select(_ => new[] { 1f }).ToList());
        var path = _folder.File("index.bin");
        await IndexFile.SaveAsync(path, new ArticleIndex(manifest, [document], document.Sentences, chunks, facts), vectors);

        var loaded = (await IndexFile.LoadAsync(path)).Index!;

        Assert.Equal(loaded.Sentences.Select(s => FactReader.Read(s.Text)), loaded.Facts);
        Assert.Contains(loaded.Facts, f => f.Money);
        Assert.Contains(loaded.Facts, f => f.Person);
    }

    [Fact]
    public async Task SaveThenLoad_SentenceTokens_RoundTripAsHalfFloats()
    {
        var (plain, vectors) = SmallIndex();
        var tokens = plain.Sentences.Select(s => new TokenVectors(
            Enumerable.Range(100 + s.Index, 3).ToArray(), Enumerable.Range(0, 12).Select(v => (v - 5.5f) / (s.Index + 7)).ToArray(), 4)).ToList();
        var index = new ArticleIndex(plain.Manifest, plain.Documents, plain.Sentences, plain.Chunks, plain.Facts, tokens);
        var path = _folder.File("index.bin");

        await IndexFile.SaveAsync(path, index, vectors);
        var loaded = (await IndexFile.LoadAsync(path)).Index!;

        Assert.Equal(tokens.Count, loaded.SentenceTokens.Count);
        for (var s = 0; s < tokens.Count; s++)
        {
            Assert.Equal(tokens[s].Ids, loaded.SentenceTokens[s].Ids);
            Assert.Equal(tokens[s].Values.ToArray(), loaded.SentenceTokens[s].Values.ToArray(), (a, b) => Math.Abs(a - b) < 1e-3);
        }
    }

    [Fact]
    public async Task SaveThenLoad_IndexWithoutTokens_LoadsWithoutTokens()
    {
        var path = _folder.File("index.bin");
        await SaveSmallIndexAsync(path);

        var loaded = await IndexFile.LoadAsync(path);

        Assert.Empty(loaded.Index!.SentenceTokens);
    }

    [Fact]
    public void Create_TokensForSomeSentencesOnly_IsRefused()
    {
        var (plain, _) = SmallIndex();
        var one = new TokenVectors([1], [1f, 0, 0, 0], 4);

        Assert.Throws<ArgumentException>(() => new ArticleIndex(plain.Manifest, plain.Documents, plain.Sentences, plain.Chunks, plain.Facts, [one]));
    }

    [Fact]
    public async Task Load_RoundTrippedIndex_RebuildsItsLexicalIndexes()
    {
        var path = _folder.File("index.bin");
        await SaveSmallIndexAsync(path);

        var loaded = await IndexFile.LoadAsync(path);

        var scores = loaded.Index!.SentenceLexicon.Score(TextAnalyzer.Stems("lighthouse").ToList());
        Assert.True(scores.Max() > 0);
        Assert.Equal(2, loaded.Index.BodyParagraphCount);
    }

    [Fact]
    public async Task Load_TruncatedFile_ReportsAProblem()
    {
        var path = _folder.File("index.bin");
        await SaveSmallIndexAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..^10]);

        var loaded = await IndexFile.LoadAsync(path);

        Assert.Null(loaded.Index);
        Assert.False(string.IsNullOrWhiteSpace(loaded.Problem));
        Assert.Contains("truncated", loaded.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)] // magic
    [InlineData(9)] // payload length
    [InlineData(15)] // payload length, high byte
    [InlineData(20)] // checksum
    [InlineData(48)] // metadata length
    public async Task Load_FileWithOneFlippedHeaderByte_ReportsAProblem(int position)
    {
        var path = await SavedWithFlippedByte(bytes => position);

        var loaded = await IndexFile.LoadAsync(path);

        Assert.Null(loaded.Index);
        Assert.False(string.IsNullOrWhiteSpace(loaded.Problem));
    }

    [Theory]
    [InlineData(0.25)] // JSON metadata
    [InlineData(0.5)]
    [InlineData(1.0)] // last vector
    public async Task Load_FileWithOneFlippedPayloadByte_ReportsAChecksumProblem(double where)
    {
        var path = await SavedWithFlippedByte(bytes => (int)Math.Round(where * (bytes.Length - 1)));

        var loaded = await IndexFile.LoadAsync(path);

        Assert.Null(loaded.Index);
        Assert.Contains("checksum", loaded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_FileCutInsideTheHeader_ReportsAProblem()
    {
        var path = _folder.File("index.bin");
        await File.WriteAllBytesAsync(path, "AQAIDX"u8.ToArray());

        var loaded = await IndexFile.LoadAsync(path);

        Assert.Null(loaded.Index);
        Assert.False(string.IsNullOrWhiteSpace(loaded.Problem));
    }

    [Fact]
    public async Task Load_MissingFile_ReportsNoIndexFileYet()
    {
        var loaded = await IndexFile.LoadAsync(_folder.File("missing.bin"));

        Assert.Null(loaded.Index);
        Assert.Equal("no index file yet", loaded.Problem);
    }

    [Fact]
    public async Task Load_MissingFolder_ReportsNoIndexFileYet()
    {
        var loaded = await IndexFile.LoadAsync(Path.Combine(_folder.Path, "nowhere", "index.bin"));

        Assert.Null(loaded.Index);
        Assert.Equal("no index file yet", loaded.Problem);
    }

    [Fact]
    public async Task Save_OverExistingFile_ReplacesItAndLeavesNoTemporaryFiles()
    {
        var path = _folder.File("index.bin");
        await File.WriteAllTextAsync(path, "old contents");

        await SaveSmallIndexAsync(path);

        Assert.NotNull((await IndexFile.LoadAsync(path)).Index);
        Assert.Equal(["index.bin"], Directory.GetFiles(_folder.Path).Select(f => Path.GetFileName(f)));
    }

    public void Dispose() => _folder.Dispose();

    private async Task<string> SavedWithFlippedByte(Func<byte[], int> position)
    {
        var path = _folder.File("index.bin");
        await SaveSmallIndexAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[position(bytes)] ^= 0x5A;
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    [Fact]
    public async Task Save_VectorsThatDoNotFitTheIndex_Throws()
    {
        var (index, vectors) = SmallIndex();

        await Assert.ThrowsAsync<ArgumentException>(
            () => IndexFile.SaveAsync(_folder.File("index.bin"), index, vectors with { Chunks = vectors.Chunks.Skip(1).ToList() }));
    }

    private Task SaveSmallIndexAsync(string path)
    {
        var (index, vectors) = SmallIndex();
        return IndexFile.SaveAsync(path, index, vectors);
    }

    /// <summary>An index of a tiny article with made-up vectors of length 4.</summary>
    private static (ArticleIndex Index, IndexVectors Vectors) SmallIndex()
    {
        var document = ArticleParser.Parse("tiny.txt", Article);
        var chunks = new Chunker(new ChunkingOptions { MaxTokens = 16, OverlapTokens = 4 }, WordCount.Of).Chunk(document);
        var sentenceVectors = document.Sentences.Select(s => new[] { s.Index, 1f, -0.5f, 1f / (s.Index + 3) }).ToList();
        var chunkVectors = chunks.Select((c, i) => new[] { -i, 0.25f, float.Epsilon, 1e30f }).ToList();
        var manifest = new IndexManifest("C0FFEE", "test-model", new ChunkSettings(16, 4), new DateTimeOffset(2025, 3, 14, 8, 27, 0, TimeSpan.Zero));
        var facts = document.Sentences.Select(s => FactReader.Read(s.Text)).ToList();
        return (new ArticleIndex(manifest, [document], document.Sentences, chunks, facts), new IndexVectors(sentenceVectors, chunkVectors));
    }
}
