using ArticleQA.Core.Embeddings;
using Microsoft.Extensions.AI;

namespace ArticleQA.Core.Tests.Embeddings;

public sealed class TokenVectorsTests
{
    [Fact]
    public void ToHalfPrecision_RoundsAsTheIndexFileStores()
    {
        var tokens = new TokenVectors([7, 8], [0.1f, 0.2f, 1f / 3, -0.7777f], 2);

        var half = tokens.ToHalfPrecision();

        Assert.Equal(tokens.Ids, half.Ids);
        Assert.Equal(tokens.Values.ToArray().Select(v => (float)(Half)v), half.Values.ToArray());
        Assert.NotEqual(tokens.Values.ToArray(), half.Values.ToArray());
    }

    [Fact]
    public void Skip_DropsLeadingPieces()
    {
        var tokens = new TokenVectors([1, 2, 3], [1, 0, 0, 1, 0.6f, 0.8f], 2);

        var rest = tokens.Skip(2);

        Assert.Equal([3], rest.Ids);
        Assert.Equal([0.6f, 0.8f], rest.Row(0).ToArray());
        Assert.Same(tokens, tokens.Skip(0));
        Assert.Equal(0, tokens.Skip(9).Count);
    }

    [Fact]
    public void Create_ValuesThatDoNotFitTheTokens_AreRefused() =>
        Assert.Throws<ArgumentException>(() => new TokenVectors([1, 2], [1f, 0f, 0f], 2));

    [Fact]
    public void Of_AnEmbeddingWithoutTokens_IsNull() =>
        Assert.Null(TokenVectors.Of(new Embedding<float>(new float[] { 1, 0 })));
}
