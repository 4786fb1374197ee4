using System.Numerics.Tensors;
using System.Security.Cryptography;
using ArticleQA.Core.Embeddings;

namespace ArticleQA.Core.Tests.Embeddings;

/// <summary>The 8-bit model: every weight product integer, its vectors close to the float model's and independent of batching.</summary>
public sealed class ModelQuantizerTests
{
    // Sentences of three articles (the home one, an encyclopedia entry, a NASA release) and questions.
    private static readonly string[] Texts =
    [
        "Lei Jun, a deputy to the 14th NPC and chairman of Xiaomi Corp, said the company will keep investing in research.",
        "China's total R&D spending exceeded 3.6 trillion yuan in 2024, up 8.3 percent year-on-year.",
        "The platypus is one of the few species of venomous mammals: the male has a spur on the hind foot that delivers a venom.",
        "Females lay one to three small, leathery eggs, which they incubate for about ten days.",
        "The satellite will measure the height of the ocean surface to within a few centimetres for more than 90 % of the world's oceans.",
        "How much did the company invest in research and development?",
        "Is the platypus venomous?",
        "When was the ocean satellite launched?",
    ];

    [Theory]
    [InlineData("MiniLM")]
    [InlineData("ArcticXs")]
    public void Quantize_TurnsEveryProductWithConstantWeightsIntoAnIntegerOne(string name)
    {
        var model = ModelResources.ReadAll(EmbeddingModelInfo.Find(name)!, "model.onnx");
        var before = ModelQuantizer.CountProducts(model);

        var after = ModelQuantizer.CountProducts(ModelQuantizer.Quantize(model));

        Assert.True(before.FloatWeights >= 36, $"{name} has {before.FloatWeights} weight products");
        Assert.Equal(0, before.Integer);
        Assert.Equal((0, before.FloatWeights), after);
    }

    [Fact]
    public void Quantize_TheSameModelTwice_GivesTheSameBytes()
    {
        var model = ModelResources.ReadAll(EmbeddingModelInfo.MiniLM, "model.onnx");

        Assert.Equal(SHA256.HashData(ModelQuantizer.Quantize(model)), SHA256.HashData(ModelQuantizer.Quantize(model)));
    }

    [Theory]
    [InlineData("MiniLM")]
    [InlineData("ArcticXs")]
    public async Task Int8Vectors_AreCloseToTheFloatModels_AndRankSentencesAlike(string name)
    {
        var model = EmbeddingModelInfo.Find(name)!;
        using var full = new OnnxEmbeddingGenerator(model, intraOpThreads: 1);
        using var int8 = new OnnxEmbeddingGenerator(model, intraOpThreads: 1, quantization: EmbeddingQuantization.Int8);

        var a = await full.GenerateAsync(Texts);
        var b = await int8.GenerateAsync(Texts);

        for (var i = 0; i < Texts.Length; i++)
            Assert.True(TensorPrimitives.CosineSimilarity(a[i].Vector.Span, b[i].Vector.Span) > 0.98f, $"{name}: \"{Texts[i]}\"");
        // Each question's nearest sentence is the same under both models.
        for (var q = 5; q < Texts.Length; q++)
            Assert.Equal(Nearest(a, q), Nearest(b, q));
    }

    [Fact]
    public async Task Int8Vectors_DoNotDependOnTheTextsBatchedWithThem()
    {
        using var int8 = new OnnxEmbeddingGenerator(EmbeddingModelInfo.MiniLM, intraOpThreads: 1, quantization: EmbeddingQuantization.Int8);
        var alone = (await int8.GenerateAsync([Texts[5]]))[0].Vector.ToArray();

        // Questions of similar length share one padded run (RunPlanner); each token is still scaled on its own.
        var together = await int8.GenerateAsync([Texts[5], "How much did the firm spend on research last year?", Texts[7], Texts[6]]);

        for (var d = 0; d < alone.Length; d++) Assert.Equal(alone[d], together[0].Vector.Span[d], 1e-5f);
    }

    [Fact]
    public async Task Int8Generator_IdsItsVectorsApartFromTheFloatModels()
    {
        using var int8 = new OnnxEmbeddingGenerator(EmbeddingModelInfo.MiniLM, quantization: EmbeddingQuantization.Int8);

        var vector = (await int8.GenerateAsync(["Where?"]))[0];

        Assert.Equal("MiniLM-int8", int8.ModelId);
        Assert.Equal("MiniLM-int8", vector.ModelId);
        Assert.Equal("MiniLM", new OnnxEmbeddingGenerator(EmbeddingModelInfo.MiniLM).ModelId);
    }

    private static int Nearest(IReadOnlyList<Microsoft.Extensions.AI.Embedding<float>> vectors, int question) =>
        Enumerable.Range(0, 5).MaxBy(s => TensorPrimitives.Dot(vectors[question].Vector.Span, vectors[s].Vector.Span));
}
