using System.Text.RegularExpressions;

namespace ArticleQA.Core.Answering;

/// <summary>Cheap checks of what kind of facts a sentence states.</summary>
public static partial class SentenceFacts
{
    /// <summary>True when <paramref name="sentence"/> could answer a question of <paramref name="type"/>.</summary>
    public static bool CanAnswer(string sentence, AnswerType type) => type switch
    {
        AnswerType.Number => HasQuantity(sentence),
        AnswerType.Time => TimeExpression().IsMatch(sentence),
        AnswerType.Person => PersonName().IsMatch(sentence) || Byline().IsMatch(sentence) || Organization().IsMatch(sentence) || PeopleGroup().IsMatch(sentence),
        AnswerType.Place => PlaceExpression().IsMatch(sentence),
        _ => true,
    };

    /// <summary>
    /// True when <paramref name="sentence"/> names a person, body or group besides those asked about: "companies like
    /// Unitree Robotics are transforming …" does not say who founded Unitree Robotics.
    /// </summary>
    public static bool NamesSomeoneBesides(string sentence, IReadOnlySet<string> askedStems)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(askedStems);
        if (Byline().IsMatch(sentence) || PeopleGroup().IsMatch(sentence)) return true;
        return PersonName().Matches(sentence).Concat(Organization().Matches(sentence))
            .Any(m => !Text.TextAnalyzer.Stems(m.Value).All(askedStems.Contains));
    }

    /// <summary>True when <paramref name="question"/> asks for an amount of money: "how much did Zhejiang spend", "what does it cost".</summary>
    public static bool AsksForMoney(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return MoneyQuestion().IsMatch(question);
    }

    /// <summary>True when <paramref name="sentence"/> states an amount of money: "105 billion yuan", "$14 billion".</summary>
    public static bool StatesMoney(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Money().IsMatch(sentence);
    }

    [GeneratedRegex(@"\bhow much\b.*\b(spend|spent|spending|invest|invested|investing|cost|costs|pay|paid|earn|earned|make|made|raise|raised|worth|fund|funding)\b|\b(price|cost|revenue|valuation|salary|budget|funding) of\b|\bwhat('s| is| was| does| did)\b.*\b(price|cost|costs|revenue|valuation|salary|worth)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyQuestion();

    [GeneratedRegex(@"[$€£¥]\s?\d|\b\d[\d,.]*\s?(yuan|dollars?|euros?|pounds?|rmb|usd)\b|\b(billion|million|trillion) (yuan|dollars?|euros?)\b|\b(yuan|rmb|usd)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    /// <summary>True when <paramref name="question"/> asks how old someone or something is.</summary>
    public static bool AsksForAge(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return AgeQuestion().IsMatch(question);
    }

    /// <summary>True when <paramref name="sentence"/> states an age: "52 years old", "aged 52", "born in 1969", "founded in 2010".</summary>
    public static bool StatesAge(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Age().IsMatch(sentence);
    }

    [GeneratedRegex(@"\bhow old\b|\bwhat age\b|\b(his|her|its|their) age\b|\bage of\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgeQuestion();

    [GeneratedRegex(@"\b\w+[- ]years?[- ]old\b|\baged \d+|\b(born|founded|established) in \d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Age();

    /// <summary>A count, amount, share or rank that is not merely part of a date or a name like "14th NPC".</summary>
    public static bool HasQuantity(string sentence)
    {
        var withoutDates = DateExpression().Replace(sentence, " ");
        return Quantity().IsMatch(withoutDates);
    }

    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.? \d{1,2}(, \d{4})?|\b(19|20)\d{2}(-\d{2,4})?\b|\b\d{1,2}(st|nd|rd|th)\b")]
    private static partial Regex DateExpression();

    // A digit inside a model name ("SU7") is not a quantity.
    [GeneratedRegex(@"(?<!\p{L})\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|half|third|quarter|dozens?|first|second|fourth|fifth|tenth|eleventh|most|highest|largest|all)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\b(19|20)\d{2}\b|\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\b(year|years|month|today|yesterday|decade|century|date|period|since|until|ago)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeExpression();

    // Two capitalised words in a row that are not sentence furniture: "Lei Jun", "Denis Depoux".
    [GeneratedRegex(@"\b(?!(The|A|An|In|On|As|At|By|For|To|Of|And|But|This|These|That|Those|Its|It|His|Her|Over|With|From|According|Meanwhile|China|Chinese|National|Government|Global)\b)\p{Lu}\p{Ll}+ (?!(The|Of|And|Group|Corp|Co|Ltd|Province|University|Academy|Report|Plan|Network|Index|Forum|Committee|Congress|Center|Centre|Ministry|Bureau|Department|Lab|Exhibition|Work|Five|Economic|Industrial|Innovation|Company|Companies)\b)\p{Lu}\p{Ll}+\b")]
    private static partial Regex PersonName();

    // "in Chengdu", "at the MixC shopping mall", "Zhejiang province", "the only country".
    [GeneratedRegex(@"\b(in|at|from|across|to|near|into) (the )?\p{Lu}\p{L}+|\b(province|provinces|city|cities|country|countries|region|regions|mall|district|town|village|capital)\b")]
    private static partial Regex PlaceExpression();

    // A group of people can be the "who" too: "…, experts and company executives said".
    [GeneratedRegex(@"\b(experts|executives|officials|analysts|scientists|researchers|deputies|lawmakers|legislators|economists|observers|academicians|entrepreneurs)\b")]
    private static partial Regex PeopleGroup();

    [GeneratedRegex(@"^By \p{Lu}")]
    private static partial Regex Byline();

    // A named body that can be the "who" of an action: "the World Economic Forum", "Xiaomi Corp".
    [GeneratedRegex(@"\b(\p{Lu}\p{L}+ ){1,4}(Forum|Organization|Organisation|Company|Corp|Group|Ministry|Bureau|Academy|University|Committee|Congress|Report|Center|Centre|Department)\b")]
    private static partial Regex Organization();
}
