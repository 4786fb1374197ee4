using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ArticleQA.Core.Embeddings;

namespace ArticleQA.Core.Answering;

/// <summary>
/// How well each sentence holds the question word by word (late interaction over the embedding
/// model's token vectors): every meaningful word piece of the question is matched to its most
/// similar word piece of the sentence. A sentence that answers matches every asked word well; a
/// question whose key word has no good match anywhere in the article is likely not answered by it.
/// </summary>
/// <param name="Mean">Per sentence (by index): the question pieces' best similarities, averaged.</param>
/// <param name="Min">Per sentence: the worst-matched question piece's best similarity.</param>
/// <param name="Weighted">Per sentence: the average weighted by each piece's rarity in the article.</param>
/// <param name="ArticleMean">Each question piece's best similarity in the whole article, averaged.</param>
/// <param name="ArticleMin">The worst-matched question piece's best similarity in the whole article.</param>
/// <param name="Pieces">How many question pieces were matched.</param>
public sealed record TokenAlignment(double[] Mean, double[] Min, double[] Weighted, double ArticleMean, double ArticleMin, int Pieces)
{
    /// <summary>
    /// Aligns the <paramref name="isContent"/> pieces of <paramref name="question"/> with every sentence's
    /// pieces; null when there is nothing to align (no token vectors, or no meaningful question piece).
    /// </summary>
    public static TokenAlignment? Compute(TokenVectors? question, IReadOnlyList<TokenVectors> sentences, Func<int, bool> isContent)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(isContent);
        if (question is null || sentences.Count == 0) return null;
        var pieces = Enumerable.Range(0, question.Count).Where(t => isContent(question.Ids[t])).DistinctBy(t => question.Ids[t]).ToList();
        if (pieces.Count == 0 || sentences.Any(s => s.Dimensions != question.Dimensions)) return null;

        var rarity = Rarity(pieces.Select(t => question.Ids[t]).ToList(), sentences);
        var rows = pieces.Select(t => question.Row(t).ToArray()).ToArray();
        var best = new double[pieces.Count, sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
            for (var p = 0; p < rows.Length; p++) best[p, s] = BestMatch(rows[p], sentences[s]);

        var mean = new double[sentences.Count];
        var min = new double[sentences.Count];
        var weighted = new double[sentences.Count];
        var totalRarity = rarity.Sum();
        for (var s = 0; s < sentences.Count; s++)
        {
            double sum = 0, low = double.MaxValue, weightedSum = 0;
            for (var p = 0; p < pieces.Count; p++)
            {
                sum += best[p, s];
                low = Math.Min(low, best[p, s]);
                weightedSum += rarity[p] * best[p, s];
            }

            mean[s] = sum / pieces.Count;
            min[s] = low;
            weighted[s] = weightedSum / totalRarity;
        }

        var inArticle = Enumerable.Range(0, pieces.Count).Select(p => Enumerable.Range(0, sentences.Count).Max(s => best[p, s])).ToList();
        return new TokenAlignment(mean, min, weighted, inArticle.Average(), inArticle.Min(), pieces.Count);
    }

    // The highest dot product of the piece with any of the sentence's rows (all unit vectors: a cosine). Optimised at
    // once: it runs for every question, and unoptimised first-tier code would make the first questions several times slower.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double BestMatch(float[] piece, TokenVectors sentence)
    {
        var best = -1f;
        var dims = piece.Length;
        var values = sentence.Values;
        var width = Vector<float>.Count;
        var pieceVectors = MemoryMarshal.Cast<float, Vector<float>>(piece.AsSpan(0, dims - (dims % width)));
        for (var t = 0; t < sentence.Count; t++)
        {
            var row = values.Slice(t * dims, dims);
            var rowVectors = MemoryMarshal.Cast<float, Vector<float>>(row[..(dims - (dims % width))]);
            var sum = Vector<float>.Zero;
            for (var v = 0; v < pieceVectors.Length; v++) sum += pieceVectors[v] * rowVectors[v];
            var dot = Vector.Sum(sum);
            for (var d = dims - (dims % width); d < dims; d++) dot += piece[d] * row[d];
            if (dot > best) best = dot;
        }

        return best;
    }

    // Inverse sentence frequency of each piece in the article; a piece no sentence has weighs as the rarest.
    private static double[] Rarity(List<int> ids, IReadOnlyList<TokenVectors> sentences)
    {
        // Runs for every question: a few ids against each sentence's pieces, with nothing allocated per sentence.
        var frequency = new int[ids.Count];
        foreach (var sentence in sentences)
            for (var i = 0; i < ids.Count; i++)
                if (sentence.Ids.Contains(ids[i])) frequency[i]++;
        return frequency.Select(f => Math.Log(1 + (sentences.Count / (1.0 + f)))).ToArray();
    }
}
