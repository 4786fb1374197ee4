using System.Text.RegularExpressions;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Answering;

/// <summary>What a question asks: its answer type, the names it mentions and the words it is about.</summary>
/// <param name="Text">The question analysed.</param>
/// <param name="Type">Expected kind of answer.</param>
/// <param name="Terms">Its content words.</param>
/// <param name="Entities">Stems of names (people, places, organisations) it mentions.</param>
/// <param name="Focus">Stems of the other content words: what is asked about the entities.</param>
/// <param name="Names">The entities grouped into names by adjacency ("Lei Jun" is one name of two stems).</param>
public sealed record QuestionAnalysis(string Text, AnswerType Type, IReadOnlyList<Term> Terms, IReadOnlySet<string> Entities, IReadOnlySet<string> Focus, IReadOnlyList<IReadOnlyList<string>> Names)
{
    /// <summary>All content stems.</summary>
    public IReadOnlyCollection<string> Stems => Terms.Select(t => t.Stem).ToList();
}

/// <summary>Reads the shape of a question with light, predictable rules.</summary>
public static partial class QuestionAnalyzer
{
    // Words that frame a question without saying what it is about.
    private static readonly HashSet<string> FrameWords = new(StringComparer.Ordinal)
    {
        "describe", "describ", "explain", "think", "view", "opinion", "accord", "believe", "expect", "mean", "name",
        "detail", "info", "information", "specific", "exact", "exactly", "thing", "way", "someth", "something", "anyth",
        "anything", "word", "hold", "happen", "happened", "cite", "refer", "article", "state", "reportedly", "cover", "include",
        "involve", "concern", "relate", "regard", "go", "come", "take", "see", "look", "find", "talk", "confirm", "right",
        "true", "correct", "really", "just", "verify", "check", "known", "famous", "notable", "mention", "photo", "picture", "image", "caption", "shown", "pictured", "compare", "compared",
        "quote", "quoted", "person", "speaker", "define", "definition", "cited", "give", "taken", "took",
    };

    // Words naming the kind of answer a type of question asks for.
    private static readonly Dictionary<AnswerType, HashSet<string>> TypeWords = new()
    {
        [AnswerType.Time] = new[] { "day", "date", "year", "years", "month", "time", "period", "when" }.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal),
        [AnswerType.Number] = new[] { "number", "figure", "amount", "count", "many", "much" }.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal),
        [AnswerType.Place] = new[] { "place", "location", "where" }.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal),
    };

    private static readonly HashSet<string> FrameStems = FrameWords.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Analyses <paramref name="question"/>; <paramref name="isName"/> says whether a stem is a name in the corpus, and
    /// <paramref name="isOnlyName"/> whether it is never written in lower case there, which is what decides when the
    /// question itself is typed in lower case ("xiaomi" is a name, "science" not, though "Academy of Sciences" is one).
    /// </summary>
    public static QuestionAnalysis Analyze(string question, Func<string, bool> isName, Func<string, bool>? isOnlyName = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(isName);
        var terms = TextAnalyzer.Analyze(question);
        var entities = new HashSet<string>(StringComparer.Ordinal);
        var focus = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<List<string>>();
        var lastEntityPosition = -2;
        // Someone who types in lower case gives no capitals to go by; then the corpus decides.
        var typedLower = !question.Skip(1).Any(char.IsUpper);
        var howWords = HowWord().Matches(question.ToLowerInvariant()).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var isEntity = term.Surface.Any(char.IsDigit)
                           || (term.IsCapitalized && (term.Position > 0 || isName(term.Stem)) && !NameExtractor.IsCommonNoun(term.Surface))
                           || (typedLower && !term.IsExpansion && (isOnlyName ?? isName)(term.Stem))
                           || (term.IsExpansion && isName(term.Stem));
            if (isEntity)
            {
                entities.Add(term.Stem);
                if (term.Position > lastEntityPosition + 1) names.Add([]);
                if (!names[^1].Contains(term.Stem)) names[^1].Add(term.Stem);
                lastEntityPosition = term.Position;
                continue;
            }

            // "fast" in "how fast" is part of the question word, like "much" in "how much".
            if (!FrameStems.Contains(term.Stem) && !FrameWords.Contains(term.Surface) && !howWords.Contains(term.Surface)) focus.Add(term.Stem);
        }

        // "On which day …", "what number …": the kind of answer asked for is no word the answer must repeat.
        var type = TypeOf(question);
        if (TypeWords.TryGetValue(type, out var typeWords)) focus.ExceptWith(typeWords);
        return new QuestionAnalysis(question, type, terms, entities, focus, names);
    }

    /// <summary>The answer type a question's wording asks for.</summary>
    public static AnswerType TypeOf(string question)
    {
        var q = TextAnalyzer.Fold(question).ToLowerInvariant();
        if (NumberQuestion().IsMatch(q)) return AnswerType.Number;
        if (TimeQuestion().IsMatch(q)) return AnswerType.Time;
        if (PersonQuestion().IsMatch(q)) return AnswerType.Person;
        if (PlaceQuestion().IsMatch(q)) return AnswerType.Place;
        if (ReasonQuestion().IsMatch(q)) return AnswerType.Reason;
        if (ListQuestion().IsMatch(q)) return AnswerType.List;
        return AnswerType.Any;
    }

    /// <summary>True for "what is/was X's …" and "which university did X …" questions, which ask for one attribute of something.</summary>
    public static bool AsksForAttribute(string question) => AttributeQuestion().IsMatch(TextAnalyzer.Fold(question).ToLowerInvariant());

    [GeneratedRegex(@"\bhow (fast|quickly|far|long|big|large|old|high|much|many|often|soon)\b")]
    private static partial Regex HowWord();

    [GeneratedRegex(@"^(what|which) (is|was|are|were) (the |an? )?[\w\-]+('s?)? |^(what|which) (?!kind|sort|type|part)[\w\-]+ (did|does|do|has|have|had) ")]
    private static partial Regex AttributeQuestion();

    [GeneratedRegex(@"\bhow (many|much|big|large|fast|far|long|old)\b|\bwhat('s| is| was| are| were) the ([\w\-]+ )?(number|amount|total|share|proportion|percentage|rate|figure|size|value|price|cost|population|revenue|budget|average|ratio|intensity)\b|\bwhat (percentage|percent|proportion|share|fraction|number|amount|rank|ranking)\b|\bwhat position\b(?!.*\b(hold|holds|held|occupy|occupies)\b)|\b(which|what) place did\b|\brank(ed)?\b.*\?$|\bwhat (does|did|do|will) .+ cost\b|^(the )?(price|cost|population|revenue|value|age|size|budget|salary|headcount|market share|valuation) of\b")]
    private static partial Regex NumberQuestion();

    [GeneratedRegex(@"^when\b|\bwhen (was|were|is|did|does|will)\b|\b(what|which) (year|years|date|day|month|time|period)\b|\bhow long ago\b")]
    private static partial Regex TimeQuestion();

    [GeneratedRegex(@"^(who|whom|whose)\b|\b(who|whom) (is|was|are|were|did|does|heads?|leads?|runs?|founded|said|launched)\b|\b(which|what) (of the )?((npc|cppcc|chinese|foreign|senior|other|government|company|industry) )?(person|people|expert|experts|official|officials|executive|executives|deputy|deputies|scientist|academician|leader|ceo|chairman|founder|president|minister|speakers?|lawmakers?|legislators?|delegates?|analysts?|economists?|consultants?)\b")]
    private static partial Regex PersonQuestion();

    // "Where" asks for a place when something is located, held or shown there; "where must innovation remain rooted" does not.
    [GeneratedRegex(@"\bwhere\b.*\b(located|based|headquartered|situated|held|displayed|exhibited|shown|built|made|produced|live|lives|born)\b|\b(which|what) (city|province|country|countries|place|region|mall|location)\b")]
    private static partial Regex PlaceQuestion();

    [GeneratedRegex(@"^why\b|\bwhy\b|\bhow (does|do|did|can|could|will|would|should|is|are|has|have)\b|\bwhat (for|reason)\b")]
    private static partial Regex ReasonQuestion();

    [GeneratedRegex(@"\b(list|name (the|all|some|two|three))\b|\b(which|what) (\w+ )?(industries|sectors|technologies|areas|fields|themes|products|factors|things|steps|ways|stories)\b")]
    private static partial Regex ListQuestion();
}
