namespace ArticleQA.Core.Answering;

/// <summary>
/// The kinds of fact one sentence states, read once at ingest and kept with the index: what a
/// question's expected kind of answer is matched against.
/// </summary>
/// <param name="Number">A count, amount or other quantity (dates and years excluded).</param>
/// <param name="Year">A four-digit year.</param>
/// <param name="Date">A calendar date or a month.</param>
/// <param name="Time">Any expression of time: a year, a date, a weekday, "ago", "since".</param>
/// <param name="Money">An amount of money.</param>
/// <param name="Percent">A percentage.</param>
/// <param name="Duration">A length of time ("three years", "for 18 months").</param>
/// <param name="Age">Someone's age ("aged 54", "a 12-year-old").</param>
/// <param name="Person">A person's name (two capitalised words inside the sentence) or a group of people.</param>
/// <param name="Organisation">The name of an organisation ("… University", "… Agency").</param>
/// <param name="Place">A place ("in Paris", "the city").</param>
/// <param name="Quote">A direct quotation.</param>
/// <param name="Speech">Speech attributed to someone ("said", "told").</param>
/// <param name="Names">How many capitalised words it has beyond its first.</param>
public sealed record SentenceFacts(
    bool Number, bool Year, bool Date, bool Time, bool Money, bool Percent, bool Duration, bool Age,
    bool Person, bool Organisation, bool Place, bool Quote, bool Speech, int Names)
{
    /// <summary>True when the sentence states the kind of fact <paramref name="kind"/> asks for.</summary>
    public bool States(AnswerKind kind) => kind switch
    {
        AnswerKind.Count => Number,
        AnswerKind.Money => Money,
        AnswerKind.Percent => Percent,
        AnswerKind.Age => Age,
        AnswerKind.Duration => Duration,
        AnswerKind.Time => Time,
        AnswerKind.Person => Person || Organisation,
        AnswerKind.Place => Place,
        _ => true,
    };
}
