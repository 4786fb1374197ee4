using System.Text.RegularExpressions;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Answering;

/// <summary>
/// Reads a question into a <see cref="QuestionProfile"/> with patterns of general English: what
/// kind of answer its wording asks for, which of its words are names (capitalised, or names in the
/// article when typed in lower case), and what it asks about them.
/// </summary>
public static partial class QuestionProfiler
{
    private static readonly IReadOnlySet<string> FrameWords = WordLists.Set("frame-words.txt");
    private static readonly HashSet<string> FrameStems = FrameWords.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

    // Words naming the kind of answer asked for, which the answer need not repeat ("on which day").
    private static readonly HashSet<string> KindWords =
        new[] { "day", "date", "year", "month", "time", "period", "number", "figure", "amount", "count", "place", "location", "age", "percentage", "percent", "share", "proportion" }
            .Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Profiles <paramref name="question"/>. <paramref name="isName"/> says whether a stem is a name in the article;
    /// <paramref name="isOnlyName"/> whether it is never written in lower case there, which decides for a question typed
    /// all in lower case.
    /// </summary>
    public static QuestionProfile Profile(string question, Func<string, bool> isName, Func<string, bool>? isOnlyName = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(isName);
        var terms = TextAnalyzer.Analyze(question);
        var entities = new HashSet<string>(StringComparer.Ordinal);
        var focus = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<List<string>>();
        var lastEntity = -2;
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
                if (term.Position > lastEntity + 1) names.Add([]);
                if (!names[^1].Contains(term.Stem)) names[^1].Add(term.Stem);
                lastEntity = term.Position;
                continue;
            }

            if (!FrameStems.Contains(term.Stem) && !FrameWords.Contains(term.Surface) && !howWords.Contains(term.Surface)) focus.Add(term.Stem);
        }

        var kind = KindOf(question);
        if (kind != AnswerKind.Any) focus.ExceptWith(KindWords);
        var folded = TextAnalyzer.Fold(question).ToLowerInvariant();
        return new QuestionProfile(
            question, kind, terms, entities, focus, names,
            FigureText.In(NumberWords.ToDigits(question)).ToList(),
            AboutArticle().IsMatch(folded),
            WhoSaid().IsMatch(folded),
            PersonalPronoun().IsMatch(folded),
            AskedParts.Of(folded),
            RankWords.In(question));
    }

    /// <summary>The kind of answer the wording of <paramref name="question"/> asks for.</summary>
    public static AnswerKind KindOf(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var q = TextAnalyzer.Fold(question).ToLowerInvariant();
        if (AgeQuestion().IsMatch(q)) return AnswerKind.Age;
        if (MoneyQuestion().IsMatch(q)) return AnswerKind.Money;
        if (PercentQuestion().IsMatch(q)) return AnswerKind.Percent;
        if (DurationQuestion().IsMatch(q)) return AnswerKind.Duration;
        if (TimeQuestion().IsMatch(q)) return AnswerKind.Time;
        if (CountQuestion().IsMatch(q)) return AnswerKind.Count;
        if (PersonQuestion().IsMatch(q)) return AnswerKind.Person;
        if (PlaceQuestion().IsMatch(q)) return AnswerKind.Place;
        if (ReasonQuestion().IsMatch(q)) return AnswerKind.Reason;
        if (YesNoQuestion().IsMatch(q)) return AnswerKind.YesNo;
        if (DefinitionQuestion().IsMatch(q)) return AnswerKind.Definition;
        return AnswerKind.Any;
    }

    [GeneratedRegex(@"\bhow (fast|quickly|far|long|big|large|old|high|tall|deep|much|many|often|soon|heavy|wide)\b")]
    private static partial Regex HowWord();

    [GeneratedRegex(@"\bhow old\b|\bwhat age\b|\bat what age\b|\b(his|her|their) age\b|\bage of\b|\bhow many years old\b")]
    private static partial Regex AgeQuestion();

    [GeneratedRegex(@"\bhow much\b.*\b(cost|costs|spend|spent|spending|pay|paid|invest|invested|raise|raised|earn|earned|worth|fund|funding|budget|revenue|sell|sold|charge|charged|price|money|dollars?|euros?|pounds?)\b|\bwhat (is|was|are|were|will be) the (\w+ )?(price|cost|budget|salary|revenue|value|worth|fee|fine|funding|prize)\b|\bhow much money\b|\b(price|cost|budget|salary|revenue) of\b")]
    private static partial Regex MoneyQuestion();

    [GeneratedRegex(@"\bwhat (percent|percentage|share|proportion|fraction)\b|\bby (how much|what percent(age)?)\b|\bhow many percent\b|\bwhat (is|was) the (\w+ )?(rate|percentage|share)\b")]
    private static partial Regex PercentQuestion();

    [GeneratedRegex(@"\bhow long\b(?! ago)|\bfor how (long|many (years|months|weeks|days|hours))\b|\bhow many (years|months|weeks|days|hours|minutes|seconds|decades)\b(?!.*\bold\b)")]
    private static partial Regex DurationQuestion();

    [GeneratedRegex(@"^when\b|\bwhen (was|were|is|are|did|does|do|will|has|had)\b|\b(what|which) (year|years|date|day|month|time|decade|century|season)\b|\bhow long ago\b|\bsince when\b|\bin what year\b")]
    private static partial Regex TimeQuestion();

    [GeneratedRegex(@"\bhow (many|much|big|large|fast|far|high|tall|deep|heavy|wide|often)\b|\bwhat('s| is| was| are| were) the (\w+ )?(number|amount|total|size|population|count|score|speed|distance|height|length|weight|magnitude|capacity|rank|ranking|temperature|margin)\b|\bwhat (number|amount|rank|ranking|score)\b|\b(which|what) place did\b")]
    private static partial Regex CountQuestion();

    [GeneratedRegex(@"^(who|whom|whose)\b|\b(who|whom) (is|was|are|were|did|does|do|has|had|will|won|led|leads|heads|runs|founded|said|says|wrote|made|took|scored|discovered)\b|\b(which|what) (\w+ )?(person|people|man|woman|men|women|player|players|team|teams|scientist|scientists|official|officials|expert|experts|leader|company|companies|organi[sz]ation|agency|group|artist|author|writer|researcher|researchers|member|members|official|candidate|athlete|driver|club)\b")]
    private static partial Regex PersonQuestion();

    [GeneratedRegex(@"^where\b|\bwhere (is|was|are|were|did|does|do|will|has|had|can)\b|\b(which|what|in what) (city|country|countries|state|place|town|village|region|province|county|continent|island|venue|location|area|street|neighbo(u)?rhood|building|stadium|site)\b")]
    private static partial Regex PlaceQuestion();

    [GeneratedRegex(@"\bwhy\b|\bhow (does|do|did|can|could|will|would|should|is|are|was|were|has|have)\b|\bwhat (for|reason|caused|causes|led to|leads to|made)\b|\bfor what (reason|purpose)\b|\bin what way\b")]
    private static partial Regex ReasonQuestion();

    [GeneratedRegex(@"^(is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must)\b")]
    private static partial Regex YesNoQuestion();

    [GeneratedRegex(@"^(what|who) (is|are|was|were) (a |an |the )?[\w\-' ]{2,40}\??$")]
    private static partial Regex DefinitionQuestion();

    // The article itself: who wrote it, its title, when it was published, its photos and credits.
    [GeneratedRegex(@"\b(article|story|piece|report|release|page|text|post)\b.*\b(written|wrote|author|authored|published|posted|released|dated|title|titled|headline|called|byline|date)\b|\b(who (wrote|authored|penned|reported)|author|writer|byline|headline|title|dateline|publication date|published|photo|photograph|picture|image|caption|credit)\b")]
    private static partial Regex AboutArticle();

    [GeneratedRegex(@"\bwho (said|says|told|stated|added|argued|noted|warned|explained|believes|thinks)\b|\bwho (is|was) quoted\b|\bwhose (words|quote|view)\b|\baccording to whom\b")]
    private static partial Regex WhoSaid();

    /// <summary>"he", "her", "his company": a person the question itself does not name (in folded, lower-case text).</summary>
    [GeneratedRegex(@"\b(he|him|his|she|her|hers|himself|herself)\b")]
    internal static partial Regex PersonalPronoun();
}
