using ArticleQA.Core.Text;

namespace ArticleQA.Core.Retrieval;

/// <summary>
/// Okapi BM25 over a fixed set of texts. Immutable after construction, so safe to share
/// between threads.
/// </summary>
public sealed class Bm25Index
{
    private readonly Dictionary<string, int>[] _termFrequencies;
    private readonly int[] _lengths;
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly double _averageLength;
    private readonly double _k1;
    private readonly double _b;

    /// <summary>Indexes <paramref name="texts"/>; results refer to them by position.</summary>
    public Bm25Index(IReadOnlyList<string> texts, double k1 = 1.2, double b = 0.75)
    {
        ArgumentNullException.ThrowIfNull(texts);
        _k1 = k1;
        _b = b;
        _termFrequencies = new Dictionary<string, int>[texts.Count];
        _lengths = new int[texts.Count];
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var stem in TextAnalyzer.Stems(texts[i]))
            {
                frequencies[stem] = frequencies.GetValueOrDefault(stem) + 1;
                _lengths[i]++;
            }

            foreach (var term in frequencies.Keys) documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            _termFrequencies[i] = frequencies;
        }

        _averageLength = texts.Count == 0 ? 0 : Math.Max(1, _lengths.Average());
        foreach (var (term, df) in documentFrequency)
            _idf[term] = Math.Log(1 + ((texts.Count - df + 0.5) / (df + 0.5)));
    }

    /// <summary>Number of indexed texts.</summary>
    public int Count => _lengths.Length;

    /// <summary>Inverse document frequency of a stem; 0 for a stem no text has.</summary>
    public double Idf(string stem) => _idf.GetValueOrDefault(stem);

    /// <summary>The BM25 score of every text for the query stems, by position.</summary>
    public double[] Score(IReadOnlyCollection<string> queryStems)
    {
        ArgumentNullException.ThrowIfNull(queryStems);
        var scores = new double[Count];
        foreach (var term in queryStems.Distinct())
        {
            if (!_idf.TryGetValue(term, out var idf)) continue;
            for (var i = 0; i < Count; i++)
            {
                if (!_termFrequencies[i].TryGetValue(term, out var tf)) continue;
                var norm = _k1 * (1 - _b + (_b * _lengths[i] / _averageLength));
                scores[i] += idf * (tf * (_k1 + 1)) / (tf + norm);
            }
        }

        return scores;
    }
}
