namespace ArticleQA.Core.Answering;

/// <summary>One step of a streamed answer: a piece of text as it arrives, or the final checked draft.</summary>
/// <param name="Delta">Text to append to what was shown so far; null on the final update.</param>
/// <param name="Final">The checked answer, on the last update only.</param>
public sealed record AnswerUpdate(string? Delta, AnswerDraft? Final)
{
    /// <summary>A piece of text.</summary>
    public static AnswerUpdate Text(string delta) => new(delta, null);

    /// <summary>The final draft.</summary>
    public static AnswerUpdate Done(AnswerDraft draft) => new(null, draft);
}

/// <summary>
/// An answerer that can show its answer while writing it. The deltas of one stream, joined, are
/// the final draft's text when that draft comes from the same answerer; when it does not (the
/// answerer fell back to another), the host shows the final draft instead of what was streamed.
/// </summary>
public interface IStreamingAnswerer : IAnswerer
{
    /// <summary>Streams text deltas, then exactly one final update.</summary>
    IAsyncEnumerable<AnswerUpdate> StreamAsync(AnswerContext context, CancellationToken cancellationToken = default);
}
