namespace ArticleQA.Evaluation.Collection;

/// <summary>Whether an article's questions may shape the ranker or only measure it.</summary>
public enum SplitRole
{
    /// <summary>Its questions train the ranker and choose its policy.</summary>
    Training,
    /// <summary>Its questions only measure; nothing is chosen on them.</summary>
    Validation,
}

/// <summary>One article of the development collection and the question sets about it.</summary>
/// <param name="Name">Its name (the folder's name under <c>tests/data/articles</c>).</param>
/// <param name="Role">Training or validation.</param>
/// <param name="CorpusPath">The folder holding the article.</param>
/// <param name="QuestionFiles">Its question sets (JSON Lines).</param>
public sealed record CollectionArticle(string Name, SplitRole Role, string CorpusPath, IReadOnlyList<string> QuestionFiles);
