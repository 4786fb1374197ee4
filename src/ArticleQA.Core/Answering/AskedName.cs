using ArticleQA.Core.Text;

namespace ArticleQA.Core.Answering;

/// <summary>
/// A name a question asks about ("Qiao Hong", "World Economic Forum"), with the words of it that
/// identify it alone: those the article only ever writes capitalised ("Qiao"), not common words ("economic").
/// </summary>
public sealed class AskedName
{
    private readonly IReadOnlyList<string> _stems;
    private readonly IReadOnlyList<string> _distinctive;

    /// <summary>The name of <paramref name="stems"/>; <paramref name="isName"/> says whether a stem alone identifies a name.</summary>
    public AskedName(IReadOnlyList<string> stems, Func<string, bool> isName)
    {
        ArgumentNullException.ThrowIfNull(stems);
        ArgumentNullException.ThrowIfNull(isName);
        _stems = stems;
        _distinctive = stems.Where(s => s.Length >= 3 && isName(s)).ToList();
    }

    /// <summary>True for a figure ("79", "2.68"): part of a question's facts, not of a name.</summary>
    public static bool IsFigure(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        return stem.Length > 0 && stem.All(c => char.IsDigit(c) || c is '.' or ',');
    }

    /// <summary>True when no single sentence of <paramref name="sentences"/> holds every word of the name <paramref name="stems"/> ("United States"); figures do not count.</summary>
    public static bool IsMissingFrom(IReadOnlyList<string> stems, IEnumerable<IReadOnlySet<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(stems);
        ArgumentNullException.ThrowIfNull(sentences);
        var words = stems.Where(s => !IsFigure(s)).ToList();
        return words.Count > 0 && !sentences.Any(s => words.All(w => Demonyms.Contains(s, w)));
    }

    /// <summary>1 when every word of the name is in <paramref name="stems"/>; 0.85 when a distinctive one is ("Qiao said"); else 0.</summary>
    public double Match(IReadOnlySet<string> stems)
    {
        ArgumentNullException.ThrowIfNull(stems);
        return _stems.All(s => Demonyms.Contains(stems, s)) ? 1 : _distinctive.Any(stems.Contains) ? 0.85 : 0;
    }

    /// <summary>
    /// Share of <paramref name="names"/> found in the sentence (1), its paragraph or the paragraph
    /// before (0.9), where a quotation's speaker is often named; 1 when no name is asked about.
    /// </summary>
    public static double Coverage(IReadOnlyList<AskedName> names, IReadOnlySet<string> sentence, IReadOnlySet<string> paragraph, IReadOnlySet<string> previous)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Count == 0
            ? 1
            : names.Average(name => Math.Max(name.Match(sentence), 0.9 * Math.Max(name.Match(paragraph), name.Match(previous))));
    }

    /// <summary>
    /// <see cref="Coverage"/>, or 0 when the sentence names what is asked about only after a
    /// comparison ("surpassing the EU average"): it is the yardstick there, and the sentence states
    /// nothing of its own about it.
    /// </summary>
    public static double StatedCoverage(IReadOnlyList<AskedName> names, IReadOnlySet<string> stated, IReadOnlySet<string> sentence, IReadOnlySet<string> paragraph, IReadOnlySet<string> previous)
    {
        ArgumentNullException.ThrowIfNull(names);
        var onlyYardsticks = names.Any(n => n.Match(sentence) > 0) && names.All(n => n.Match(stated) == 0);
        return onlyYardsticks ? 0 : Coverage(names, sentence, paragraph, previous);
    }
}
