namespace ArticleQA.Core.Ingestion;

/// <summary>
/// Packs the sentences of each part into chunks no longer than a token budget, repeating the
/// last sentences of a chunk at the start of the next (the overlap). A chunk never crosses a
/// paragraph, so its text is one exact span of the source.
/// </summary>
public sealed class Chunker(ChunkingOptions options, Func<string, int> countTokens)
{
    private static readonly HashSet<PartKind> Searchable =
        [PartKind.Title, PartKind.Byline, PartKind.Dateline, PartKind.Standfirst, PartKind.Heading, PartKind.Body, PartKind.Caption];

    /// <summary>Chunks every searchable part of <paramref name="document"/>.</summary>
    public IReadOnlyList<Chunk> Chunk(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var chunks = new List<Chunk>();
        foreach (var group in document.Sentences.Where(s => Searchable.Contains(s.Kind)).GroupBy(s => (s.Kind, s.Paragraph, Part: PartOf(document, s))))
        {
            var sentences = group.ToList();
            var tokens = sentences.Select(s => countTokens(s.Text)).ToArray();
            var first = 0;
            while (first < sentences.Count)
            {
                var last = first;
                var total = tokens[first];
                while (last + 1 < sentences.Count && total + tokens[last + 1] <= options.MaxTokens) total += tokens[++last];

                chunks.Add(Create(document, sentences[first], sentences[last]));
                if (last + 1 >= sentences.Count) break;
                first = NextStart(tokens, first, last);
                // When the next sentence does not fit beside the overlap, the overlap alone would
                // repeat the end of this chunk: start afresh instead.
                if (tokens[first..(last + 2)].Sum() > options.MaxTokens) first = last + 1;
            }
        }

        return chunks;
    }

    /// <summary>The earliest sentence after <paramref name="first"/> whose run to <paramref name="last"/> fits the overlap.</summary>
    private int NextStart(int[] tokens, int first, int last)
    {
        var start = last + 1;
        var overlap = 0;
        while (start - 1 > first && overlap + tokens[start - 1] <= options.OverlapTokens) overlap += tokens[--start];
        return start;
    }

    private static int PartOf(ArticleDocument document, Sentence sentence)
    {
        for (var i = 0; i < document.Parts.Count; i++)
            if (document.Parts[i].Start <= sentence.Start && sentence.End <= document.Parts[i].End) return i;
        return -1;
    }

    private static Chunk Create(ArticleDocument document, Sentence first, Sentence last) => new(
        $"{document.Source}#p{first.Paragraph}s{first.Index}",
        document.Source, first.Kind, first.Paragraph, first.Start, last.End,
        document.Text[first.Start..last.End], first.Index, last.Index);
}
