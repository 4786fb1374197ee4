namespace ArticleQA.Core.Answering;

/// <summary>The reasons an answer can carry for having no result.</summary>
public static class NoResultReasons
{
    /// <summary>The question was empty.</summary>
    public const string EmptyQuestion = "empty-question";

    /// <summary>The question was over the length limit.</summary>
    public const string QuestionTooLong = "question-too-long";

    /// <summary>The question had no readable words.</summary>
    public const string Unreadable = "unreadable-question";

    /// <summary>The message tried to change the assistant's instructions.</summary>
    public const string Instructions = "instructions-ignored";

    /// <summary>Nothing in the article is about the question.</summary>
    public const string OffTopic = "off-topic";

    /// <summary>The article talks about the subject but does not give what is asked.</summary>
    public const string NotInArticle = "not-in-article";

    /// <summary>The question is in another language, which the embedded answerer cannot match to the article.</summary>
    public const string OtherLanguage = "other-language";

    /// <summary>The question refers to someone ("his company") that nothing in the conversation names; it is asked back.</summary>
    public const string UnresolvedReference = "unresolved-reference";
}
