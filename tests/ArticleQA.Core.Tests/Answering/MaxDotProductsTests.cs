using System.Numerics;
using ArticleQA.Core.Answering;

namespace ArticleQA.Core.Tests.Answering;

/// <summary>The late-interaction kernel against a plain double-precision loop, over the shapes it groups differently.</summary>
public sealed class MaxDotProductsTests
{
    [Theory]
    [InlineData(1, 3, 384)]
    [InlineData(4, 7, 384)]
    [InlineData(5, 1, 384)]
    [InlineData(9, 12, 384)]
    [InlineData(6, 5, 13)]
    [InlineData(3, 4, 3)]
    [InlineData(7, 2, 1100)]
    public void Compute_EveryQuery_GetsItsHighestDotProductWithAnyRow_NotBelowMinusOne(int queries, int rows, int dims)
    {
        var random = new Random(queries * 1000 + rows * 10 + dims);
        var q = Values(random, queries * dims);
        var r = Values(random, rows * dims);
        var best = new float[queries];

        MaxDotProducts.Compute(q, r, dims, best);

        for (var i = 0; i < queries; i++)
        {
            var expected = Math.Max(-1, Enumerable.Range(0, rows).Max(t => Enumerable.Range(0, dims).Sum(d => (double)q[(i * dims) + d] * r[(t * dims) + d])));
            Assert.Equal(expected, best[i], 1e-4);
        }
    }

    [Fact]
    public void Compute_AQueryInAGroupOfFour_GetsExactlyWhatItGetsAlone()
    {
        const int dims = 384;
        var random = new Random(7);
        var q = Values(random, 4 * dims);
        var r = Values(random, 20 * dims);
        var grouped = new float[4];

        MaxDotProducts.Compute(q, r, dims, grouped);

        for (var i = 0; i < 4; i++)
        {
            var alone = new float[1];
            MaxDotProducts.Compute(q.AsSpan(i * dims, dims), r, dims, alone);
            Assert.Equal(alone[0], grouped[i]);
        }
    }

    [Fact]
    public void Compute_NoRows_GivesMinusOne()
    {
        var best = new float[5];

        MaxDotProducts.Compute(new float[5 * 8], [], 8, best);

        Assert.All(best, b => Assert.Equal(-1f, b));
    }

    [Fact]
    public void Compute_ValuesThatAreNotWholeRows_Throws()
    {
        Assert.Throws<ArgumentException>(() => MaxDotProducts.Compute(new float[10], new float[8], 4, new float[2]));
        Assert.Throws<ArgumentException>(() => MaxDotProducts.Compute(new float[8], new float[10], 4, new float[2]));
        Assert.Throws<ArgumentException>(() => MaxDotProducts.Compute(new float[8], new float[8], 4, new float[3]));
    }

    [Fact]
    public void Compute_UnitVectors_GiveACosineOfOneForARowEqualToTheQuery()
    {
        var dims = Vector<float>.Count * 3;
        var random = new Random(3);
        var q = Unit(Values(random, dims));
        var r = Unit(Values(random, dims)).Concat(q).Concat(Unit(Values(random, dims))).ToArray();
        var best = new float[1];

        MaxDotProducts.Compute(q, r, dims, best);

        Assert.Equal(1f, best[0], 1e-5f);
    }

    private static float[] Values(Random random, int count) => Enumerable.Range(0, count).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();

    private static float[] Unit(float[] v)
    {
        var norm = (float)Math.Sqrt(v.Sum(x => (double)x * x));
        return v.Select(x => x / norm).ToArray();
    }
}
