using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArticleQA.Core.Answering;

/// <summary>
/// For several query vectors at once, the highest dot product of each with any row of a matrix: the
/// inner loop of late interaction. Four queries share every row read, and their four sums run side by
/// side, so the processor is not waiting on one chain of additions. Each query's sum is added in the
/// same order as a single dot product would be, so the result does not depend on how queries are grouped.
/// </summary>
internal static class MaxDotProducts
{
    private const int Group = 4;

    /// <summary>
    /// Sets <paramref name="best"/>[q] to the highest dot product of query q (row q of <paramref name="queries"/>,
    /// <paramref name="dims"/> floats each) with any row of <paramref name="rows"/>, never below -1 (the lowest cosine of unit
    /// vectors, and the value when there are no rows).
    /// </summary>
    public static void Compute(ReadOnlySpan<float> queries, ReadOnlySpan<float> rows, int dims, Span<float> best)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dims);
        var count = queries.Length / dims;
        if (queries.Length != count * dims || rows.Length % dims != 0 || best.Length != count)
            throw new ArgumentException($"{queries.Length} and {rows.Length} values are not whole rows of {dims}, or {best.Length} is not {count}.");
        best.Fill(-1f);
        var q = 0;
        for (; q + Group <= count; q += Group) Four(queries.Slice(q * dims, Group * dims), rows, dims, best.Slice(q, Group));
        if (q == count) return;

        // The last one to three queries run as a group of four, the last of them repeated: four sums side by side take
        // no longer than one alone, whose every addition waits for the one before.
        var left = count - q;
        // On the stack for a model's usual widths: this runs for every sentence of every question.
        var padded = Group * dims <= 4096 ? stackalloc float[Group * dims] : new float[Group * dims];
        for (var i = 0; i < Group; i++) queries.Slice((q + Math.Min(i, left - 1)) * dims, dims).CopyTo(padded.Slice(i * dims, dims));
        Span<float> last = stackalloc float[Group];
        last.Fill(-1f);
        Four(padded, rows, dims, last);
        last[..left].CopyTo(best[q..]);
    }

    // Optimised at once: it runs for every sentence of every question, and first-tier code would make the first
    // questions several times slower.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Four(ReadOnlySpan<float> queries, ReadOnlySpan<float> rows, int dims, Span<float> best)
    {
        var width = Vector<float>.Count;
        var whole = dims - (dims % width);
        var q0 = Vectors(queries.Slice(0, dims), whole);
        var q1 = Vectors(queries.Slice(dims, dims), whole);
        var q2 = Vectors(queries.Slice(2 * dims, dims), whole);
        var q3 = Vectors(queries.Slice(3 * dims, dims), whole);
        float b0 = best[0], b1 = best[1], b2 = best[2], b3 = best[3];
        for (var start = 0; start < rows.Length; start += dims)
        {
            var row = rows.Slice(start, dims);
            var r = Vectors(row, whole);
            Vector<float> s0 = Vector<float>.Zero, s1 = Vector<float>.Zero, s2 = Vector<float>.Zero, s3 = Vector<float>.Zero;
            for (var v = 0; v < r.Length; v++)
            {
                var value = r[v];
                s0 += q0[v] * value;
                s1 += q1[v] * value;
                s2 += q2[v] * value;
                s3 += q3[v] * value;
            }

            b0 = Math.Max(b0, Tail(Vector.Sum(s0), queries.Slice(0, dims), row, whole));
            b1 = Math.Max(b1, Tail(Vector.Sum(s1), queries.Slice(dims, dims), row, whole));
            b2 = Math.Max(b2, Tail(Vector.Sum(s2), queries.Slice(2 * dims, dims), row, whole));
            b3 = Math.Max(b3, Tail(Vector.Sum(s3), queries.Slice(3 * dims, dims), row, whole));
        }

        (best[0], best[1], best[2], best[3]) = (b0, b1, b2, b3);
    }

    private static ReadOnlySpan<Vector<float>> Vectors(ReadOnlySpan<float> values, int whole) =>
        MemoryMarshal.Cast<float, Vector<float>>(values[..whole]);

    // The dimensions past the last whole vector, added one by one after the vector part.
    private static float Tail(float dot, ReadOnlySpan<float> query, ReadOnlySpan<float> row, int whole)
    {
        for (var d = whole; d < query.Length; d++) dot += query[d] * row[d];
        return dot;
    }
}
