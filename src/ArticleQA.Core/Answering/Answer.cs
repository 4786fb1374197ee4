using ArticleQA.Core.Retrieval;

namespace ArticleQA.Core.Answering;

/// <summary>A sentence of the article that an answer's <c>[n]</c> marker stands for.</summary>
/// <param name="N">The number in the marker.</param>
/// <param name="Source">File name of the document.</param>
/// <param name="Paragraph">Paragraph number.</param>
/// <param name="Start">Offset of the quote in the source file.</param>
/// <param name="End">Offset one past the quote's end.</param>
/// <param name="Quote">The exact text: <c>source[Start..End]</c>.</param>
/// <param name="Relevance">How well the quote answers the question, 0 to 1.</param>
public sealed record Citation(int N, string Source, int Paragraph, int Start, int End, string Quote, double Relevance);

/// <summary>A partition (chunk) of a source that informed an answer, as Kernel Memory reports it.</summary>
/// <param name="Text">The chunk's text.</param>
/// <param name="Relevance">Its retrieval score.</param>
/// <param name="PartitionNumber">Chunk position in the index.</param>
/// <param name="SectionNumber">Paragraph number.</param>
/// <param name="Start">Offset in the source file.</param>
/// <param name="End">Offset one past the end.</param>
public sealed record SourcePartition(string Text, double Relevance, int PartitionNumber, int SectionNumber, int Start, int End);

/// <summary>A source document and its partitions that informed an answer.</summary>
/// <param name="SourceName">File name.</param>
/// <param name="DocumentId">Document id (the file name).</param>
/// <param name="Partitions">Partitions, most relevant first.</param>
public sealed record SourceReference(string SourceName, string DocumentId, IReadOnlyList<SourcePartition> Partitions);

/// <summary>Milliseconds spent in each stage of answering.</summary>
public sealed record AnswerTimings(double Embed, double Retrieve, double Answer)
{
    /// <summary>Sum of the stages.</summary>
    public double Total => Embed + Retrieve + Answer;
}

/// <summary>
/// The answer to a question, shaped like Kernel Memory's <c>MemoryAnswer</c> (question, result,
/// no-result flag and reason, relevant sources) with exact citations.
/// </summary>
public sealed record Answer
{
    /// <summary>The question as asked.</summary>
    public required string Question { get; init; }

    /// <summary>The question made standalone from the conversation, when it was a follow-up.</summary>
    public string? StandaloneQuestion { get; init; }

    /// <summary>The text shown to the user, with <c>[n]</c> markers.</summary>
    public required string Result { get; init; }

    /// <summary>True when the article does not answer the question (or it was refused).</summary>
    public bool NoResult { get; init; }

    /// <summary>Why there is no result, for logs and the user.</summary>
    public string? NoResultReason { get; init; }

    /// <summary>The sentences behind the markers.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>Sources consulted, with their partitions and relevance.</summary>
    public IReadOnlyList<SourceReference> RelevantSources { get; init; } = [];

    /// <summary>The passages retrieval returned, best first.</summary>
    public IReadOnlyList<RetrievedPassage> Retrieved { get; init; } = [];

    /// <summary>Which answerer wrote it: <c>extractive</c>, an LLM, or <c>extractive-fallback</c>.</summary>
    public string Answerer { get; init; } = "extractive";

    /// <summary>One short line for the user about how the answer was made (such as a fallback), or null.</summary>
    public string? Notice { get; init; }

    /// <summary>Where the time went.</summary>
    public AnswerTimings Timings { get; init; } = new(0, 0, 0);
}
