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
/// <param name="SecondMin">Per sentence: the second worst-matched piece's best similarity (the worst when there is one
/// piece); one filler word ("quick", "tell") no sentence holds does not decide it.</param>
/// <param name="Window">Per sentence: the rarity-weighted average when each piece may match in the sentence or in a
/// neighbour of it, for answers whose subject is named in the sentence before ("He was born in …").</param>
/// <param name="ArticleSecondMin">The second worst-matched piece's best similarity in the whole article.</param>
public sealed record TokenAlignment(
    double[] Mean, double[] Min, double[] Weighted, double ArticleMean, double ArticleMin, int Pieces,
    double[] SecondMin, double[] Window, double ArticleSecondMin)
{
    /// <summary>
    /// Aligns the <paramref name="isContent"/> pieces of <paramref name="question"/> with every sentence's
    /// pieces; null when there is nothing to align (no token vectors, or no meaningful question piece).
    /// <paramref name="neighbours"/> tells whether two adjacent sentences belong together (the same source);
    /// without it every adjacent pair does.
    /// </summary>
    public static TokenAlignment? Compute(
        TokenVectors? question, IReadOnlyList<TokenVectors> sentences, Func<int, bool> isContent, Func<int, int, bool>? neighbours = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(isContent);
        if (question is null || sentences.Count == 0) return null;
        var pieces = Enumerable.Range(0, question.Count).Where(t => isContent(question.Ids[t])).DistinctBy(t => question.Ids[t]).ToList();
        if (pieces.Count == 0 || sentences.Any(s => s.Dimensions != question.Dimensions)) return null;

        var rarity = Rarity(pieces.Select(t => question.Ids[t]).ToList(), sentences);
        var dims = question.Dimensions;
        var queries = new float[pieces.Count * dims];
        for (var p = 0; p < pieces.Count; p++) question.Row(pieces[p]).CopyTo(queries.AsSpan(p * dims, dims));
        var best = new double[pieces.Count, sentences.Count];
        Span<float> matches = stackalloc float[pieces.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            MaxDotProducts.Compute(queries, sentences[s].Values, dims, matches);
            for (var p = 0; p < pieces.Count; p++) best[p, s] = matches[p];
        }

        var count = sentences.Count;
        var mean = new double[count];
        var min = new double[count];
        var secondMin = new double[count];
        var weighted = new double[count];
        var window = new double[count];
        var totalRarity = rarity.Sum();
        for (var s = 0; s < count; s++)
        {
            var before = s > 0 && (neighbours?.Invoke(s - 1, s) ?? true);
            var after = s + 1 < count && (neighbours?.Invoke(s, s + 1) ?? true);
            double sum = 0, low = double.MaxValue, second = double.MaxValue, weightedSum = 0, windowSum = 0;
            for (var p = 0; p < pieces.Count; p++)
            {
                var value = best[p, s];
                sum += value;
                if (value < low) (second, low) = (low, value);
                else if (value < second) second = value;
                weightedSum += rarity[p] * value;
                var near = Math.Max(value, Math.Max(before ? best[p, s - 1] : value, after ? best[p, s + 1] : value));
                windowSum += rarity[p] * near;
            }

            mean[s] = sum / pieces.Count;
            min[s] = low;
            secondMin[s] = pieces.Count > 1 ? second : low;
            weighted[s] = weightedSum / totalRarity;
            window[s] = windowSum / totalRarity;
        }

        var inArticle = Enumerable.Range(0, pieces.Count).Select(p => Enumerable.Range(0, count).Max(s => best[p, s])).Order().ToList();
        return new TokenAlignment(
            mean, min, weighted, inArticle.Average(), inArticle[0], pieces.Count, secondMin, window, inArticle[Math.Min(1, inArticle.Count - 1)]);
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
