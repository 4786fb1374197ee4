using System.Text.Json.Serialization;

namespace ArticleQA.Core.Ingestion;

/// <summary>A block of an article with its offsets in the source text.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Paragraph">Body paragraph number (1-based); for other kinds the number of the body paragraph before it (0 before the body).</param>
/// <param name="Start">Offset of the first character in the source text.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Text">The exact source text between <paramref name="Start"/> and <paramref name="End"/>.</param>
public sealed record ArticlePart(PartKind Kind, int Paragraph, int Start, int End, string Text);

/// <summary>A sentence with its exact position in the source text.</summary>
/// <param name="Index">Position among all sentences of the document (0-based).</param>
/// <param name="Source">File name of the document, relative to the corpus folder.</param>
/// <param name="Kind">Kind of the part it belongs to.</param>
/// <param name="Paragraph">Paragraph number, as on <see cref="ArticlePart"/>.</param>
/// <param name="Start">Offset of the first character in the source text.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Text">The exact source text between <paramref name="Start"/> and <paramref name="End"/>.</param>
public sealed record Sentence(int Index, string Source, PartKind Kind, int Paragraph, int Start, int End, string Text);

/// <summary>A parsed article: its header, its parts and its sentences.</summary>
public sealed record ArticleDocument(
    string Source,
    string Text,
    string? Title,
    string? Byline,
    DateTimeOffset? Published,
    string? Standfirst,
    IReadOnlyList<ArticlePart> Parts,
    IReadOnlyList<Sentence> Sentences)
{
    /// <summary>The numbered body paragraphs.</summary>
    [JsonIgnore]
    public IEnumerable<ArticlePart> BodyParagraphs => Parts.Where(p => p.Kind == PartKind.Body);
}
