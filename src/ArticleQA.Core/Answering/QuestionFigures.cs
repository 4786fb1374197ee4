using System.Text.RegularExpressions;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Answering;

/// <summary>
/// Figures and ranks that pick out what a question asks about: "which country ranked first",
/// "spending in 2023". A sentence without them is about something else, however close: "China
/// ranked 11th" does not say who ranked first. A question that only asserts a figure to be
/// confirmed ("500 billion, right?") is not such a question: its answer may correct the figure.
/// </summary>
public sealed partial class QuestionFigures
{
    private readonly IReadOnlyList<string> _figures;
    private readonly IReadOnlyList<string> _given;
    private readonly IReadOnlyList<string> _confirmedNouns;

    private QuestionFigures(IReadOnlyList<string> figures, IReadOnlyList<string> given, IReadOnlyList<string> confirmedNouns)
    {
        _figures = figures;
        _given = given;
        _confirmedNouns = confirmedNouns;
    }

    /// <summary>True when the question names no figure a sentence must share.</summary>
    public bool IsEmpty => _figures.Count == 0;

    /// <summary>The figures of a wh-question ("which", "what", "how many" …); none for other questions.</summary>
    public static QuestionFigures Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var folded = TextAnalyzer.Fold(question).ToLowerInvariant();
        var given = Number().Matches(folded).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        if (!WhQuestion().IsMatch(folded))
        {
            // "Is it true that China produced 50,000 humanoid robots?": a figure to confirm must be of the same things.
            var nouns = !YesNoQuestion().IsMatch(folded) ? [] : Quantity().Matches(folded).Select(m => m.Groups["noun"].Value).Where(n => !n.StartsWith("percent", StringComparison.Ordinal)).Select(Stemmer.Stem).ToList();
            return new QuestionFigures([], given, nouns);
        }

        var figures = Figure().Matches(folded).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        // "Which country topped the index?" asks for first place, whatever the word.
        if (TopRank().IsMatch(folded)) figures.Add(TopRankToken);
        return new QuestionFigures(figures, given, []);
    }

    /// <summary>True when <paramref name="sentence"/> states every figure of the question.</summary>
    public bool StatedIn(string sentence) => StatedIn(sentence, new HashSet<string>());

    /// <summary>
    /// True when <paramref name="sentence"/> states every figure of the question, a year being enough in its
    /// <paramref name="paragraph"/>: "In 2024, China's R&amp;D … The proportion of basic research funding … hit 6.91 percent".
    /// </summary>
    public bool StatedIn(string sentence, IReadOnlySet<string> paragraph)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(paragraph);
        if (_figures.Count == 0) return true;
        var folded = TextAnalyzer.Fold(sentence).ToLowerInvariant();
        return _figures.All(f => f == TopRankToken ? TopRankStated().IsMatch(folded)
            : Regex.IsMatch(folded, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(f)}(?![\p{{L}}\p{{N}}])")
              || (SmallNumbers.TryGetValue(f, out var word) && Regex.IsMatch(folded, $@"\b{word}\b"))
              || (Year().IsMatch(f) && paragraph.Contains(f)));
    }

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex Year();

    // Articles write small numbers in words: "5 yrs" is stated by "the past five years".
    private static readonly Dictionary<string, string> SmallNumbers = new(StringComparer.Ordinal)
    {
        ["2"] = "two", ["3"] = "three", ["4"] = "four", ["5"] = "five", ["6"] = "six", ["7"] = "seven", ["8"] = "eight", ["9"] = "nine", ["10"] = "ten",
    };

    /// <summary>
    /// True when <paramref name="sentence"/> states a quantity besides the figures the question gives: "What is the EU
    /// average that China's 2.68 percent surpassed?" is not answered by the sentence stating only the 2.68 percent.
    /// </summary>
    public bool StatesAnotherQuantity(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var folded = TextAnalyzer.Fold(sentence).ToLowerInvariant();
        foreach (var figure in _given)
            folded = Regex.Replace(folded, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(figure)}(?![\p{{L}}\p{{N}}])", " ");
        return SentenceFacts.HasQuantity(folded);
    }

    /// <summary>True when <paramref name="sentence"/> counts the things a figure to confirm counts ("105 billion yuan" for "500 billion yuan").</summary>
    public bool CountsWhatIsConfirmed(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return _confirmedNouns.All(noun => Counting.Counts(sentence, noun));
    }

    /// <summary>True for "what does the number 220 refer to?" and "what does the figure of 14 per 10,000 people measure?".</summary>
    public static bool AsksWhatAFigureMeans(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var folded = TextAnalyzer.Fold(question).ToLowerInvariant();
        return FigureMeaning().IsMatch(folded) && Figure().IsMatch(folded);
    }

    [GeneratedRegex(@"^what (does|do|did|is|are) (the )?(number|figure|numbers|figures|statistic|stat)?\b.*\b(refer|refers|mean|means|measure|measures|stand|stands|represent|represents|count|counts|describe|describes)\b")]
    private static partial Regex FigureMeaning();

    private const string TopRankToken = "#top";

    [GeneratedRegex(@"\b(topped|tops|top-ranked|ranked top|highest-ranked|number one|no\. ?1)\b")]
    private static partial Regex TopRank();

    [GeneratedRegex(@"\b(first|1st|top|topped|tops|highest|number one|no\. ?1|leads|led|leading)\b")]
    private static partial Regex TopRankStated();

    [GeneratedRegex(@"^(in |on |at |for |by )?(what|which|who|whom|whose|when|where|why|how)\b")]
    private static partial Regex WhQuestion();

    // Numbers that stand alone, not years: "3.6", "10,000", "2.68".
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?!(19|20)\d\d(?![\d.,]))\d+(?:[.,]\d+)*(?![\p{L}\p{N}])")]
    private static partial Regex Number();

    // A question to answer yes or no: "Is it true that …", "Did Qiao say …", "Confirm that …".
    [GeneratedRegex(@"^(is|are|was|were|did|does|do|has|have|had|can|could|confirm|verify|true or false)\b")]
    private static partial Regex YesNoQuestion();

    // A number and the word after it: "50,000 humanoid", "500 billion yuan".
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?!(19|20)\d\d(?![\d.,]))\d+(?:[.,]\d+)*( (thousand|million|billion|trillion))? (?<noun>[a-z][a-z\-]*)")]
    private static partial Regex Quantity();

    // Numbers that stand alone (not "SU7") and ranks: "2024", "3.6", "10,000", "11th", "first".
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\d+(?:[.,]\d+)*(?:st|nd|rd|th)?(?![\p{L}\p{N}])|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b")]
    private static partial Regex Figure();
}
