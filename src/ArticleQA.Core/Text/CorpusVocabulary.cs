namespace ArticleQA.Core.Text;

/// <summary>
/// The words of a corpus: which stems occur at all, and which are names (written with a
/// capital letter in mid-sentence far more often than without).
/// </summary>
public sealed class CorpusVocabulary
{
    private readonly Dictionary<string, int> _textFrequency = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _writtenLower = new(StringComparer.Ordinal);

    /// <summary>Learns the vocabulary of <paramref name="texts"/>.</summary>
    public CorpusVocabulary(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var capitalized = new Dictionary<string, int>(StringComparer.Ordinal);
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var terms = TextAnalyzer.Analyze(text);
            foreach (var stem in terms.Select(t => t.Stem).Distinct()) _textFrequency[stem] = _textFrequency.GetValueOrDefault(stem) + 1;
            foreach (var term in terms)
            {
                if (!term.IsCapitalized) _writtenLower.Add(term.Stem);
                if (term.Position == 0) continue;
                var counts = term.IsCapitalized ? capitalized : lower;
                counts[term.Stem] = counts.GetValueOrDefault(term.Stem) + 1;
            }
        }

        foreach (var (stem, count) in capitalized)
            if (count >= 2 * lower.GetValueOrDefault(stem)) _names.Add(stem);
    }

    /// <summary>True when the stem occurs in the corpus.</summary>
    public bool Contains(string stem) => _textFrequency.ContainsKey(stem);

    /// <summary>How many of the texts contain the stem.</summary>
    public int TextFrequency(string stem) => _textFrequency.GetValueOrDefault(stem);

    /// <summary>True when the stem occurs and is never written in lower case ("Guo", unlike "economic").</summary>
    public bool IsAlwaysCapitalized(string stem) => Contains(stem) && !_writtenLower.Contains(stem);

    /// <summary>True when the stem is mostly written as a name.</summary>
    public bool IsName(string stem) => _names.Contains(stem);
}
