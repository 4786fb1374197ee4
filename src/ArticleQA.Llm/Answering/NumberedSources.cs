using System.Globalization;
using System.Text;
using ArticleQA.Core.Answering;

namespace ArticleQA.Llm.Answering;

/// <summary>
/// The retrieved passages as the model sees them: <c>[1]</c> is the first retrieved passage,
/// <c>[2]</c> the second, and so on. A marker's citation carries the passage's exact text and
/// offsets in the source file, as the extractive answerer's citations do.
/// </summary>
public sealed class NumberedSources
{
    private readonly List<Citation> _citations;

    private NumberedSources(List<Citation> citations) => _citations = citations;

    /// <summary>How many sources there are; valid markers are 1 to this.</summary>
    public int Count => _citations.Count;

    /// <summary>Numbers the passages of <paramref name="context"/>.</summary>
    public static NumberedSources From(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var citations = context.Retrieved
            .Select((passage, i) => new Citation(
                i + 1, passage.Chunk.Source, passage.Chunk.Paragraph, passage.Chunk.Start, passage.Chunk.End, passage.Chunk.Text,
                Math.Round(Math.Clamp(passage.DenseScore ?? Similarity(context, passage.Position), 0, 1), 4)))
            .ToList();
        return new NumberedSources(citations);
    }

    /// <summary>The citation marker <c>[<paramref name="n"/>]</c> stands for.</summary>
    public Citation this[int n] => _citations[n - 1];

    /// <summary>The sources as the answer prompt lists them: one passage a line, after its number.</summary>
    public string ToPrompt()
    {
        var text = new StringBuilder();
        foreach (var citation in _citations)
        {
            // One line per source keeps the numbering unambiguous.
            var oneLine = string.Join(' ', citation.Quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            text.Append('[').Append(citation.N.ToString(CultureInfo.InvariantCulture)).Append("] ").AppendLine(oneLine);
        }

        return text.ToString().TrimEnd();
    }

    private static double Similarity(AnswerContext context, int position) =>
        position >= 0 && position < context.ChunkSimilarity.Count ? context.ChunkSimilarity[position] : 0;
}
