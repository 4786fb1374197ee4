using ArticleQA.Core.Storage;
using Microsoft.Extensions.VectorData;

namespace ArticleQA.Core.Tests.Storage;

public sealed class InMemoryTextCollectionTests
{
    // Cosine similarity to the query (1, 0, 0, 0): 1, 0.707…, 0, −1.
    private static readonly float[] Query = [1, 0, 0, 0];

    [Fact]
    public async Task Upsert_ThenGet_ReturnsTheRecord()
    {
        using var collection = await FilledAsync();

        var record = await collection.GetAsync("s:1");

        Assert.NotNull(record);
        Assert.Equal("diagonal", record.Text);
        Assert.Null(await collection.GetAsync("s:404"));
    }

    [Fact]
    public async Task Upsert_ExistingKey_ReplacesTheRecord()
    {
        using var collection = await FilledAsync();

        await collection.UpsertAsync(Record("s:1", TextRecord.SentenceKind, "replaced", [0, 0, 1, 0]));

        Assert.Equal("replaced", (await collection.GetAsync("s:1"))?.Text);
    }

    [Fact]
    public async Task Search_OrdersByCosineSimilarityBestFirst()
    {
        using var collection = await FilledAsync();

        var hits = await collection.SearchAsync(Query, top: 10).ToListAsync();

        Assert.Equal(["same", "diagonal", "orthogonal", "opposite"], hits.Select(h => h.Record.Text));
        Assert.Equal(1, hits[0].Score!.Value, precision: 5);
        Assert.Equal(Math.Sqrt(0.5), hits[1].Score!.Value, precision: 5);
        Assert.Equal(-1, hits[3].Score!.Value, precision: 5);
    }

    [Fact]
    public async Task Search_Top_LimitsTheHits()
    {
        using var collection = await FilledAsync();

        var hits = await collection.SearchAsync(Query, top: 2).ToListAsync();

        Assert.Equal(["same", "diagonal"], hits.Select(h => h.Record.Text));
    }

    [Fact]
    public async Task Search_ScoreThreshold_DropsLowerScores()
    {
        using var collection = await FilledAsync();

        var hits = await collection.SearchAsync(Query, top: 10, new VectorSearchOptions<TextRecord> { ScoreThreshold = 0.5 }).ToListAsync();

        Assert.Equal(["same", "diagonal"], hits.Select(h => h.Record.Text));
    }

    [Fact]
    public async Task Search_Skip_SkipsTheBestHits()
    {
        using var collection = await FilledAsync();

        var hits = await collection.SearchAsync(Query, top: 2, new VectorSearchOptions<TextRecord> { Skip = 1 }).ToListAsync();

        Assert.Equal(["diagonal", "orthogonal"], hits.Select(h => h.Record.Text));
    }

    [Fact]
    public async Task Search_Filter_KeepsOnlyMatchingRecords()
    {
        using var collection = await FilledAsync();

        var hits = await collection.SearchAsync(Query, top: 10, new VectorSearchOptions<TextRecord> { Filter = r => r.Kind == TextRecord.ChunkKind }).ToListAsync();

        Assert.Equal(["orthogonal", "opposite"], hits.Select(h => h.Record.Text));
    }

    [Fact]
    public async Task Search_ByReadOnlyMemory_MatchesSearchByArray()
    {
        using var collection = await FilledAsync();

        var hits = await collection.SearchAsync(new ReadOnlyMemory<float>(Query), top: 10).ToListAsync();

        Assert.Equal(["same", "diagonal", "orthogonal", "opposite"], hits.Select(h => h.Record.Text));
    }

    [Fact]
    public async Task Search_ByUnsupportedInput_Throws()
    {
        using var collection = await FilledAsync();

        await Assert.ThrowsAsync<NotSupportedException>(async () => await collection.SearchAsync("text", top: 1).ToListAsync());
    }

    [Fact]
    public async Task Get_WithFilter_AppliesFilterSkipAndTopInKeyOrder()
    {
        using var collection = await FilledAsync();

        var records = await collection.GetAsync(r => r.Kind == TextRecord.SentenceKind, top: 1, new FilteredRecordRetrievalOptions<TextRecord> { Skip = 1 }).ToListAsync();

        Assert.Equal(["s:1"], records.Select(r => r.Key));
    }

    [Fact]
    public async Task Delete_RemovesTheRecord()
    {
        using var collection = await FilledAsync();

        await collection.DeleteAsync("s:0");

        Assert.Null(await collection.GetAsync("s:0"));
        Assert.Equal(3, (await collection.SearchAsync(Query, top: 10).ToListAsync()).Count);
    }

    [Fact]
    public async Task EnsureCollectionDeleted_ClearsRecordsAndExistence()
    {
        using var collection = await FilledAsync();

        await collection.EnsureCollectionDeletedAsync();

        Assert.False(await collection.CollectionExistsAsync());
        Assert.Empty(await collection.SearchAsync(Query, top: 10).ToListAsync());
    }

    private static async Task<InMemoryTextCollection> FilledAsync()
    {
        var collection = new InMemoryTextCollection("test");
        await collection.EnsureCollectionExistsAsync();
        await collection.UpsertAsync(
        [
            Record("s:0", TextRecord.SentenceKind, "same", [1, 0, 0, 0]),
            Record("s:1", TextRecord.SentenceKind, "diagonal", [1, 1, 0, 0]),
            Record("c:0", TextRecord.ChunkKind, "orthogonal", [0, 1, 0, 0]),
            Record("c:1", TextRecord.ChunkKind, "opposite", [-1, 0, 0, 0]),
        ]);
        return collection;
    }

    private static TextRecord Record(string key, string kind, string text, float[] vector) => new()
    {
        Key = key,
        Kind = kind,
        Source = "powering-up.txt",
        Text = text,
        Vector = vector,
    };
}
