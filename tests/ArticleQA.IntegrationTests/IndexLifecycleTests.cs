using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleQA.IntegrationTests;

/// <summary>The index on disk: built once, loaded after, rebuilt when stale or damaged.</summary>
public sealed class IndexLifecycleTests
{
    [Fact]
    public async Task Ingest_SecondStart_LoadsTheIndexInsteadOfEmbedding()
    {
        using var data = new TempFolder();

        var first = await IngestAsync(TestPaths.Corpus, data.Path);
        var second = await IngestAsync(TestPaths.Corpus, data.Path);

        Assert.True(first.Rebuilt);
        Assert.False(second.Rebuilt);
        Assert.Equal(42, second.Paragraphs);
        Assert.Equal(first.Chunks, second.Chunks);
    }

    [Fact]
    public async Task Ingest_LoadedIndex_PutsTheFileVectorsInTheStore()
    {
        using var data = new TempFolder();
        await IngestAsync(TestPaths.Corpus, data.Path);
        using var services = ArticleQAFixture.Build(TestPaths.Corpus, data.Path);
        var provider = services.GetRequiredService<IndexProvider>();

        var report = await provider.IngestAsync(force: false);
        var file = await IndexFile.LoadAsync(provider.IndexPath);

        Assert.False(report.Rebuilt);
        var vectors = Assert.IsType<IndexVectors>(file.Vectors);
        for (var i = 0; i < vectors.Sentences.Count; i++)
        {
            var record = await provider.Sentences.GetAsync($"s:{i}");
            Assert.Equal(vectors.Sentences[i], record!.Vector.ToArray());
        }

        for (var i = 0; i < vectors.Chunks.Count; i++)
        {
            var record = await provider.Chunks.GetAsync($"c:{i}");
            Assert.Equal(vectors.Chunks[i], record!.Vector.ToArray());
        }
    }

    [Fact]
    public async Task Ingest_CorpusChanged_Rebuilds()
    {
        using var data = new TempFolder();
        using var corpus = CopyOfCorpus();
        await IngestAsync(corpus.Path, data.Path);

        await File.AppendAllTextAsync(Path.Combine(corpus.Path, "powering-up.txt"), "\nA new closing paragraph about batteries.\n");
        var report = await IngestAsync(corpus.Path, data.Path);

        Assert.True(report.Rebuilt);
        Assert.Contains("changed", report.Reason);
    }

    [Fact]
    public async Task Ingest_ChunkSettingsChanged_Rebuilds()
    {
        using var data = new TempFolder();
        await IngestAsync(TestPaths.Corpus, data.Path);

        var report = await IngestAsync(TestPaths.Corpus, data.Path, new Dictionary<string, string?> { ["ArticleQA:Chunking:MaxTokens"] = "64" });

        Assert.True(report.Rebuilt);
    }

    [Fact]
    public async Task Ingest_EmbeddingQuantizationChanged_Rebuilds_AndSaysWhichModelBuiltIt()
    {
        using var data = new TempFolder();
        await IngestAsync(TestPaths.Corpus, data.Path, new Dictionary<string, string?> { ["ArticleQA:Embedding:Quantization"] = "None" });
        using (var services = ArticleQAFixture.Build(TestPaths.Corpus, data.Path))
            Assert.Equal("MiniLM", (await IndexFile.LoadAsync(services.GetRequiredService<IndexProvider>().IndexPath)).Index!.Manifest.Model);

        var report = await IngestAsync(TestPaths.Corpus, data.Path, new Dictionary<string, string?> { ["ArticleQA:Embedding:Quantization"] = "Int8" });

        Assert.True(report.Rebuilt);
        using (var services = ArticleQAFixture.Build(TestPaths.Corpus, data.Path))
            Assert.Equal("MiniLM-int8", (await IndexFile.LoadAsync(services.GetRequiredService<IndexProvider>().IndexPath)).Index!.Manifest.Model);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("garbage")]
    public async Task Ingest_DamagedIndexFile_IsDetectedAndRebuilt(string damage)
    {
        using var data = new TempFolder();
        var built = await IngestAsync(TestPaths.Corpus, data.Path);
        var bytes = await File.ReadAllBytesAsync(built.IndexPath);
        byte[] damaged = damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "flipped" => Flip(bytes, bytes.Length - 100),
            _ => "not an index"u8.ToArray(),
        };
        await File.WriteAllBytesAsync(built.IndexPath, damaged);

        var report = await IngestAsync(TestPaths.Corpus, data.Path);

        Assert.True(report.Rebuilt);
        Assert.Equal(built.Chunks, report.Chunks);
    }

    [Fact]
    public async Task Ingest_MissingCorpusFolder_NamesThePath()
    {
        using var data = new TempFolder();
        var missing = Path.Combine(data.Path, "no-such-corpus");

        var error = await Assert.ThrowsAsync<CorpusException>(() => IngestAsync(missing, data.Path));

        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public async Task Ingest_BinaryFileInCorpus_NamesTheFile()
    {
        using var data = new TempFolder();
        using var corpus = CopyOfCorpus();
        var junk = Path.Combine(corpus.Path, "junk.txt");
        await File.WriteAllBytesAsync(junk, [0x00, 0x01, 0xFF, 0x00]);

        var error = await Assert.ThrowsAsync<CorpusException>(() => IngestAsync(corpus.Path, data.Path));

        Assert.Contains(junk, error.Message);
    }

    private static async Task<IngestReport> IngestAsync(string corpus, string data, IDictionary<string, string?>? settings = null)
    {
        using var services = ArticleQAFixture.Build(corpus, data, settings);
        return await services.GetRequiredService<IndexProvider>().IngestAsync(force: false);
    }

    private static TempFolder CopyOfCorpus()
    {
        var folder = new TempFolder();
        File.Copy(TestPaths.Article, Path.Combine(folder.Path, "powering-up.txt"));
        return folder;
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] ^= 0xFF;
        return copy;
    }
}
