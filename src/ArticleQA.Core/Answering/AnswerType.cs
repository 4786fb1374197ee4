namespace ArticleQA.Core.Answering;

/// <summary>What kind of fact a question asks for.</summary>
public enum AnswerType
{
    /// <summary>Anything: a description, an opinion, a reason.</summary>
    Any,
    /// <summary>A count, amount, share or rank.</summary>
    Number,
    /// <summary>A date, year or period.</summary>
    Time,
    /// <summary>A person or their role.</summary>
    Person,
    /// <summary>A place.</summary>
    Place,
    /// <summary>Several items.</summary>
    List,
    /// <summary>A reason or a means.</summary>
    Reason,
}
