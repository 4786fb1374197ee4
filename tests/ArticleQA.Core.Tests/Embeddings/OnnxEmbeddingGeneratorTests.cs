using System.Numerics.Tensors;
using ArticleQA.Core.Embeddings;

namespace ArticleQA.Core.Tests.Embeddings;

public sealed class OnnxEmbeddingGeneratorTests
{
    [Fact]
    public async Task GenerateAsync_EachEmbeddingCarriesItsTextsWordPieceVectors()
    {
        using var onnx = new OnnxEmbeddingGenerator(EmbeddingModelInfo.MiniLM);
        string[] texts = ["The bridge opened in 1957.", "Symptoms include diarrhea, fever, and abdominal cramps."];

        var generated = await onnx.GenerateAsync(texts);

        for (var i = 0; i < texts.Length; i++)
        {
            var tokens = Assert.IsType<TokenVectors>(TokenVectors.Of(generated[i]));
            Assert.Equal(onnx.Tokenizer.Encode(texts[i], 256).Skip(1).SkipLast(1), tokens.Ids);
            Assert.Equal(384, tokens.Dimensions);
            for (var t = 0; t < tokens.Count; t++) Assert.Equal(1, TensorPrimitives.Norm(tokens.Row(t)), 3);
        }
    }

    [Fact]
    public async Task GenerateAsync_TextsOfVeryDifferentLengths_SplitIntoRuns_MatchOneAtATime_InTheCallersOrder()
    {
        using var onnx = new OnnxEmbeddingGenerator(EmbeddingModelInfo.MiniLM, intraOpThreads: 1);
        var long1 = string.Join(" ", Enumerable.Repeat("The bridge across the strait was designed by an engineer in the 1880s.", 4));
        var long2 = string.Join(" ", Enumerable.Repeat("Symptoms include diarrhea, fever, and abdominal cramps.", 5));
        string[] texts = [long1, "Who?", long2, "Who is Lei Jun?", "Where?"];
        var alone = new List<float[]>();
        foreach (var text in texts) alone.Add((await onnx.GenerateAsync([text]))[0].Vector.ToArray());

        var together = await onnx.GenerateAsync(texts);

        for (var i = 0; i < texts.Length; i++)
            for (var d = 0; d < alone[i].Length; d++)
                Assert.Equal(alone[i][d], together[i].Vector.Span[d], 1e-5f);
    }

    [Fact]
    public async Task GenerateAsync_MeanOfTheWordPiecesPointsWhereTheSentenceVectorDoes()
    {
        using var onnx = new OnnxEmbeddingGenerator(EmbeddingModelInfo.MiniLM);

        var generated = (await onnx.GenerateAsync(["Envisioned since the 1880s, the bridge was designed by an engineer."]))[0];

        var tokens = TokenVectors.Of(generated)!;
        var mean = new float[tokens.Dimensions];
        for (var t = 0; t < tokens.Count; t++) TensorPrimitives.Add(mean, tokens.Row(t), mean);
        Assert.True(TensorPrimitives.CosineSimilarity(mean, generated.Vector.Span) > 0.9);
    }
}
