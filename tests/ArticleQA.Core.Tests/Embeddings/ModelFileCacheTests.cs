using System.Security.Cryptography;
using ArticleQA.Core.Embeddings;

namespace ArticleQA.Core.Tests.Embeddings;

/// <summary>The model file ONNX Runtime reads is the package's model, extracted once and safely.</summary>
public sealed class ModelFileCacheTests
{
    private static readonly EmbeddingModelInfo Model = EmbeddingModelInfo.MiniLM;

    [Fact]
    public void TryGet_ExtractsTheResourceByteForByte_AndNamesItAfterThePackageBuild()
    {
        using var folder = new TempDirectory();

        var path = ModelFileCache.TryGet(Model, "model.onnx", folder.Path);

        Assert.NotNull(path);
        Assert.StartsWith(folder.Path, path);
        Assert.Contains(Model.AssemblyName, Path.GetFileName(path));
        Assert.Equal(SHA256.HashData(ModelResources.ReadAll(Model, "model.onnx")), HashOf(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void TryGet_AFileOfTheWrongLength_IsReplacedByTheWholeModel()
    {
        using var folder = new TempDirectory();
        var path = ModelFileCache.TryGet(Model, "model.onnx", folder.Path)!;
        var whole = HashOf(path);
        using (var partial = new FileStream(path, FileMode.Open)) partial.SetLength(partial.Length / 2);

        var again = ModelFileCache.TryGet(Model, "model.onnx", folder.Path);

        Assert.Equal(path, again);
        Assert.Equal(whole, HashOf(path));
    }

    [Fact]
    public async Task TryGet_ManyStartingAtOnce_AllGetTheWholeModel_AndNoTemporaryFileIsLeft()
    {
        using var folder = new TempDirectory();
        using var start = new ManualResetEventSlim();
        var starts = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return ModelFileCache.TryGet(Model, "model.onnx", folder.Path);
        })).ToArray();

        start.Set();
        var paths = await Task.WhenAll(starts);

        var path = Assert.Single(paths.Distinct());
        Assert.NotNull(path);
        Assert.Equal(SHA256.HashData(ModelResources.ReadAll(Model, "model.onnx")), HashOf(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void TryGet_AFolderThatCannotBeMade_GivesNull()
    {
        using var folder = new TempDirectory();
        var notAFolder = folder.File("a-file");
        File.WriteAllText(notAFolder, "");

        Assert.Null(ModelFileCache.TryGet(Model, "model.onnx", Path.Combine(notAFolder, "models")));
    }

    [Fact]
    public async Task Generator_ReadingTheModelFromAFile_EmbedsAsFromItsBytes()
    {
        using var folder = new TempDirectory();
        var notAFolder = folder.File("a-file");
        File.WriteAllText(notAFolder, "");
        using var fromFile = new OnnxEmbeddingGenerator(Model, intraOpThreads: 1, modelFolder: folder.Path);
        using var fromBytes = new OnnxEmbeddingGenerator(Model, intraOpThreads: 1, modelFolder: notAFolder);
        string[] texts = ["Who is the chief executive?", "Where?"];

        var viaFile = await fromFile.GenerateAsync(texts);
        var viaBytes = await fromBytes.GenerateAsync(texts);

        Assert.StartsWith(folder.Path, fromFile.ModelPath);
        Assert.Null(fromBytes.ModelPath);
        for (var t = 0; t < texts.Length; t++)
            Assert.Equal(viaBytes[t].Vector.ToArray(), viaFile[t].Vector.ToArray());
    }

    [Fact]
    public void TryGetQuantised_MakesTheInt8ModelOnceBesideTheExtractedOne_AndReusesIt()
    {
        using var folder = new TempDirectory();

        var path = ModelFileCache.TryGetQuantised(Model, folder.Path);
        var written = File.GetLastWriteTimeUtc(path!);
        var again = ModelFileCache.TryGetQuantised(Model, folder.Path);

        Assert.NotNull(path);
        Assert.EndsWith($".int8-v{ModelQuantizer.Version}.onnx", path, StringComparison.Ordinal);
        Assert.Equal(path, again);
        Assert.Equal(written, File.GetLastWriteTimeUtc(path!));
        Assert.Equal(SHA256.HashData(ModelQuantizer.Quantize(ModelResources.ReadAll(Model, "model.onnx"))), HashOf(path!));
        Assert.Equal(2, Directory.GetFiles(folder.Path).Length);
    }

    [Fact]
    public async Task Int8Generator_WithoutAWritableFolder_QuantisesInMemory_AndEmbedsAsFromTheFile()
    {
        using var folder = new TempDirectory();
        var notAFolder = folder.File("a-file");
        File.WriteAllText(notAFolder, "");
        using var fromFile = new OnnxEmbeddingGenerator(Model, intraOpThreads: 1, modelFolder: folder.Path, quantization: EmbeddingQuantization.Int8);
        using var inMemory = new OnnxEmbeddingGenerator(Model, intraOpThreads: 1, modelFolder: notAFolder, quantization: EmbeddingQuantization.Int8);

        var viaFile = await fromFile.GenerateAsync(["Who is the chief executive?"]);
        var viaMemory = await inMemory.GenerateAsync(["Who is the chief executive?"]);

        Assert.EndsWith($".int8-v{ModelQuantizer.Version}.onnx", fromFile.ModelPath, StringComparison.Ordinal);
        Assert.Null(inMemory.ModelPath);
        Assert.Equal(viaFile[0].Vector.ToArray(), viaMemory[0].Vector.ToArray());
    }

    [Fact]
    public async Task Int8Generator_AKeptFileDamagedInPlace_IsMadeAgain_AndEmbedsAsAFreshOne()
    {
        using var folder = new TempDirectory();
        using var fresh = new TempDirectory();
        var path = ModelFileCache.TryGetQuantised(Model, folder.Path)!;
        File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6, 7, 8]);
        using var damaged = new OnnxEmbeddingGenerator(Model, intraOpThreads: 1, modelFolder: folder.Path, quantization: EmbeddingQuantization.Int8);
        using var clean = new OnnxEmbeddingGenerator(Model, intraOpThreads: 1, modelFolder: fresh.Path, quantization: EmbeddingQuantization.Int8);

        var fromDamaged = await damaged.GenerateAsync(["Where is the company based?"]);
        var fromClean = await clean.GenerateAsync(["Where is the company based?"]);

        Assert.Equal(path, damaged.ModelPath);
        Assert.Equal(HashOf(ModelFileCache.TryGetQuantised(Model, fresh.Path)!), HashOf(path));
        Assert.Equal(fromClean[0].Vector.ToArray(), fromDamaged[0].Vector.ToArray());
    }

    private static byte[] HashOf(string path)
    {
        using var file = File.OpenRead(path);
        return SHA256.HashData(file);
    }
}
