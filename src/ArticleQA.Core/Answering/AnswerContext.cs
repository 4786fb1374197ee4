using ArticleQA.Core.Retrieval;
using ArticleQA.Core.Storage;

namespace ArticleQA.Core.Answering;

/// <summary>Everything an answerer needs for one question, gathered once by the pipeline.</summary>
/// <param name="Question">The question as the user asked it.</param>
/// <param name="Standalone">The question resolved against the conversation.</param>
/// <param name="Profile">The question as asked, analysed once.</param>
/// <param name="Index">The index answered from.</param>
/// <param name="Retrieved">Chunks retrieved for the question, best first.</param>
/// <param name="SentenceSimilarity">Cosine similarity of the question as asked to every sentence, by sentence index.</param>
/// <param name="ResolvedSimilarity">Cosine similarity of the resolved question to every sentence (the same array for a first question).</param>
/// <param name="ChunkSimilarity">Cosine similarity of the question to every chunk, by chunk position.</param>
/// <param name="ContextParagraphs">Paragraphs the conversation was last about (source, paragraph); empty for a first question.</param>
/// <param name="CarriedNames">Names a follow-up refers back to; one of them must be near an answer.</param>
/// <param name="Alignment">The resolved question's word pieces matched against every sentence's; null when the model gives no token vectors.</param>
public sealed record AnswerContext(
    string Question,
    string Standalone,
    QuestionProfile Profile,
    ArticleIndex Index,
    IReadOnlyList<RetrievedPassage> Retrieved,
    IReadOnlyList<double> SentenceSimilarity,
    IReadOnlyList<double> ResolvedSimilarity,
    IReadOnlyList<double> ChunkSimilarity,
    IReadOnlySet<(string Source, int Paragraph)> ContextParagraphs,
    IReadOnlyList<string> CarriedNames,
    TokenAlignment? Alignment = null);

/// <summary>What an answerer produced: text with markers and the citations behind them, or an abstention.</summary>
/// <param name="Text">The answer text.</param>
/// <param name="Citations">Citations, numbered as in the text.</param>
/// <param name="NoResultReason">Null for an answer; a reason for an abstention.</param>
/// <param name="Answerer">Which answerer wrote it.</param>
public sealed record AnswerDraft(string Text, IReadOnlyList<Citation> Citations, string? NoResultReason, string Answerer)
{
    /// <summary>One short line for the user about how the answer was made (such as a fallback), or null.</summary>
    public string? Notice { get; init; }
}

/// <summary>Writes the answer to a question from the retrieved evidence.</summary>
public interface IAnswerer
{
    /// <summary>Answers from <paramref name="context"/>.</summary>
    Task<AnswerDraft> AnswerAsync(AnswerContext context, CancellationToken cancellationToken = default);
}
