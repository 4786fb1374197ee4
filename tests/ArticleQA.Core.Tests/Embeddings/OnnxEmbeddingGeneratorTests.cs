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
