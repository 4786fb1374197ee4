namespace ArticleQA.Core.Ingestion;

/// <summary>A run of whole sentences of one part of an article, the unit of retrieval.</summary>
/// <param name="Id">Stable id: source, paragraph and first sentence.</param>
/// <param name="Source">File name of the document.</param>
/// <param name="Kind">Kind of the part it comes from.</param>
/// <param name="Paragraph">Paragraph number, as on <see cref="ArticlePart"/>.</param>
/// <param name="Start">Offset of the first character in the source text.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Text">The exact source text.</param>
/// <param name="FirstSentence">Index of its first sentence in the document.</param>
/// <param name="LastSentence">Index of its last sentence in the document.</param>
public sealed record Chunk(string Id, string Source, PartKind Kind, int Paragraph, int Start, int End, string Text, int FirstSentence, int LastSentence);
