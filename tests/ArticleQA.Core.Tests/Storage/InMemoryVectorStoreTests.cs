using ArticleQA.Core.Storage;

namespace ArticleQA.Core.Tests.Storage;

public sealed class InMemoryVectorStoreTests
{
    [Fact]
    public void GetCollection_SameName_ReturnsTheSameCollection()
    {
        using var store = new InMemoryVectorStore();

        var first = store.GetCollection<string, TextRecord>("chunks");
        var second = store.GetCollection<string, TextRecord>("chunks");

        Assert.Same(first, second);
        Assert.NotSame(first, store.GetCollection<string, TextRecord>("sentences"));
    }

    [Fact]
    public async Task Records_UpsertedThroughOneHandle_AreSeenThroughAnother()
    {
        using var store = new InMemoryVectorStore();
        var writer = store.GetCollection<string, TextRecord>("chunks");
        await writer.EnsureCollectionExistsAsync();

        await writer.UpsertAsync(new TextRecord { Key = "c:0", Text = "hello", Vector = new float[] { 1, 0, 0, 0 } });

        var reader = store.GetCollection<string, TextRecord>("chunks");
        Assert.Equal("hello", (await reader.GetAsync("c:0"))?.Text);
    }

    [Fact]
    public async Task ListCollectionNames_ListsOnlyCollectionsThatExist()
    {
        using var store = new InMemoryVectorStore();
        await store.GetCollection<string, TextRecord>("created").EnsureCollectionExistsAsync();
        _ = store.GetCollection<string, TextRecord>("only-named");

        var names = await store.ListCollectionNamesAsync().ToListAsync();

        Assert.Equal(["created"], names);
        Assert.True(await store.CollectionExistsAsync("created"));
        Assert.False(await store.CollectionExistsAsync("only-named"));
        Assert.False(await store.CollectionExistsAsync("unknown"));
    }

    [Fact]
    public async Task EnsureCollectionDeleted_RemovesItsRecords()
    {
        using var store = new InMemoryVectorStore();
        var collection = store.GetCollection<string, TextRecord>("chunks");
        await collection.EnsureCollectionExistsAsync();
        await collection.UpsertAsync(new TextRecord { Key = "c:0", Vector = new float[] { 1, 0, 0, 0 } });

        await store.EnsureCollectionDeletedAsync("chunks");

        Assert.False(await store.CollectionExistsAsync("chunks"));
        Assert.Null(await collection.GetAsync("c:0"));
    }

    [Fact]
    public void GetCollection_OtherRecordType_IsNotSupported()
    {
        using var store = new InMemoryVectorStore();

        Assert.Throws<NotSupportedException>(() => store.GetCollection<int, TextRecord>("chunks"));
    }
}
