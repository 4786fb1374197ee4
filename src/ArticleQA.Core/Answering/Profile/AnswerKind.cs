namespace ArticleQA.Core.Answering;

/// <summary>The kind of answer a question expects, read from its wording.</summary>
public enum AnswerKind
{
    /// <summary>Anything: a description, an opinion, a fact.</summary>
    Any,
    /// <summary>A count, amount, size or rank ("how many", "how far").</summary>
    Count,
    /// <summary>An amount of money ("how much did it cost").</summary>
    Money,
    /// <summary>A percentage or share.</summary>
    Percent,
    /// <summary>Someone's age ("how old").</summary>
    Age,
    /// <summary>A length of time ("how long did it take").</summary>
    Duration,
    /// <summary>A date, year or moment ("when").</summary>
    Time,
    /// <summary>A person or a body of people ("who").</summary>
    Person,
    /// <summary>A place ("where", "which city").</summary>
    Place,
    /// <summary>A reason or a means ("why", "how does").</summary>
    Reason,
    /// <summary>What something is ("what is X?").</summary>
    Definition,
    /// <summary>A yes or no ("did X happen?").</summary>
    YesNo,
}
