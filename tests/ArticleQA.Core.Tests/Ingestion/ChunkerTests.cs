using ArticleQA.Core.Ingestion;

namespace ArticleQA.Core.Tests.Ingestion;

public sealed class ChunkerTests
{
    // Paragraph 1 has sentences of these word counts; paragraph 2 is short; paragraph 3 is long again.
    private static readonly int[] LongParagraph = [5, 6, 4, 7, 3, 6, 5, 4, 6, 5];
    private static readonly ChunkingOptions Options = new() { MaxTokens = 20, OverlapTokens = 8 };

    [Fact]
    public void Chunk_LongParagraph_PacksWholeSentencesUpToTheBudgetAndRepeatsTheOverlap()
    {
        var document = Synthetic();

        var chunks = new Chunker(Options, WordCount.Of).Chunk(document).Where(c => c.Paragraph == 1);

        // Worked by hand: 5+6+4 | 4+7+3+6 | 6+5+4 | 4+6+5, each next chunk starting with the
        // longest run of trailing sentences of the one before that fits 8 tokens.
        Assert.Equal([(0, 2), (2, 5), (5, 7), (7, 9)], chunks.Select(c => (c.FirstSentence, c.LastSentence)));
    }

    [Fact]
    public void Chunk_EveryChunk_FitsMaxTokens()
    {
        var document = Synthetic();

        var chunks = new Chunker(Options, WordCount.Of).Chunk(document);

        Assert.NotEmpty(chunks);
        Assert.All(chunks, c => Assert.InRange(WordCount.Of(c.Text), 1, Options.MaxTokens));
    }

    [Fact]
    public void Chunk_ConsecutiveChunksOfAParagraph_OverlapByWholeSentencesWithinTheOverlapBudget()
    {
        var document = Synthetic();

        var chunks = new Chunker(Options, WordCount.Of).Chunk(document);

        var pairs = chunks.Zip(chunks.Skip(1)).Where(p => p.First.Paragraph == p.Second.Paragraph).ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, pair =>
        {
            var (previous, next) = pair;
            Assert.InRange(next.FirstSentence, previous.FirstSentence + 1, previous.LastSentence);
            var repeated = document.Sentences.Skip(next.FirstSentence).Take(previous.LastSentence - next.FirstSentence + 1).ToList();
            Assert.InRange(repeated.Sum(s => WordCount.Of(s.Text)), 1, Options.OverlapTokens);
            var overlap = document.Text[repeated[0].Start..repeated[^1].End];
            Assert.EndsWith(overlap, previous.Text, StringComparison.Ordinal);
            Assert.StartsWith(overlap, next.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Chunk_Text_IsTheExactSourceSpanFromFirstToLastSentence()
    {
        var document = Synthetic();

        var chunks = new Chunker(Options, WordCount.Of).Chunk(document);

        Assert.All(chunks, c =>
        {
            Assert.Equal(document.Text[c.Start..c.End], c.Text);
            Assert.Equal(document.Sentences[c.FirstSentence].Start, c.Start);
            Assert.Equal(document.Sentences[c.LastSentence].End, c.End);
        });
    }

    [Fact]
    public void Chunk_NeverCrossesAParagraph()
    {
        var document = Synthetic();

        var chunks = new Chunker(Options, WordCount.Of).Chunk(document);

        Assert.All(chunks, c =>
        {
            var part = Assert.Single(document.Parts, p => p.Start <= c.Start && c.End <= p.End);
            Assert.Equal(part.Paragraph, c.Paragraph);
            Assert.All(document.Sentences.Skip(c.FirstSentence).Take(c.LastSentence - c.FirstSentence + 1), s => Assert.Equal(c.Paragraph, s.Paragraph));
        });
        Assert.Equal([1, 2, 3], chunks.Select(c => c.Paragraph).Distinct());
    }

    [Fact]
    public void Chunk_SentenceLongerThanTheBudget_BecomesAChunkOfItsOwn()
    {
        var text = $"{Sentence(4)} {Sentence(30)} {Sentence(4)}";
        var document = ArticleParser.Parse("long.txt", text);

        var chunks = new Chunker(Options, WordCount.Of).Chunk(document);

        Assert.Contains(chunks, c => c.FirstSentence == 1 && c.LastSentence == 1);
        Assert.DoesNotContain(chunks, c => c.FirstSentence != c.LastSentence && c.FirstSentence <= 1 && 1 <= c.LastSentence);
    }

    [Fact]
    public void Chunk_OverlapBeforeAnOversizedSentence_IsNotEmittedAsAChunkOfItsOwn()
    {
        var text = $"{Sentence(5)} {Sentence(5)} {Sentence(25)}";
        var document = ArticleParser.Parse("long.txt", text);

        var chunks = new Chunker(Options, WordCount.Of).Chunk(document);

        // (0,1) then (2,2): a chunk (1,1) would only repeat the end of (0,1).
        Assert.Equal([(0, 1), (2, 2)], chunks.Select(c => (c.FirstSentence, c.LastSentence)));
    }

    [Fact]
    public void Chunk_RealArticle_ChunksFitTheDefaultBudgetAndAreExactSpans()
    {
        var document = ArticleParser.Parse(RepositoryFiles.ArticleSource, RepositoryFiles.ArticleText);
        var options = new ChunkingOptions();

        var chunks = new Chunker(options, WordCount.Of).Chunk(document);

        Assert.All(document.Sentences, s => Assert.True(WordCount.Of(s.Text) <= options.MaxTokens, "precondition: every sentence fits alone"));
        Assert.All(chunks, c =>
        {
            Assert.InRange(WordCount.Of(c.Text), 1, options.MaxTokens);
            Assert.Equal(document.Text[c.Start..c.End], c.Text);
            Assert.Contains(document.Parts, p => p.Kind == c.Kind && p.Paragraph == c.Paragraph && p.Start <= c.Start && c.End <= p.End);
        });
        Assert.Equal(Enumerable.Range(1, 42), chunks.Where(c => c.Kind == PartKind.Body).Select(c => c.Paragraph).Distinct());
    }

    [Fact]
    public void Chunk_RealArticle_LeavesOutCreditsAndContact()
    {
        var document = ArticleParser.Parse(RepositoryFiles.ArticleSource, RepositoryFiles.ArticleText);

        var chunks = new Chunker(new ChunkingOptions(), WordCount.Of).Chunk(document);

        Assert.DoesNotContain(chunks, c => c.Kind is PartKind.Credit or PartKind.Contact);
        Assert.Contains(chunks, c => c.Kind == PartKind.Caption);
        Assert.Contains(chunks, c => c.Kind == PartKind.Title);
    }

    [Fact]
    public void Chunk_Ids_AreUnique()
    {
        var document = ArticleParser.Parse(RepositoryFiles.ArticleSource, RepositoryFiles.ArticleText);

        var chunks = new Chunker(new ChunkingOptions { MaxTokens = 40, OverlapTokens = 20 }, WordCount.Of).Chunk(document);

        Assert.Equal(chunks.Count, chunks.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>A headerless article: a long paragraph, a short one, a long one.</summary>
    private static ArticleDocument Synthetic()
    {
        var paragraphs = new[]
        {
            string.Join(' ', LongParagraph.Select(Sentence)),
            $"{Sentence(4)} {Sentence(4)}",
            string.Join(' ', LongParagraph.Reverse().Select(Sentence)),
        };
        return ArticleParser.Parse("synthetic.txt", string.Join("\n\n", paragraphs) + "\n");
    }

    /// <summary>A sentence of <paramref name="words"/> words.</summary>
    private static string Sentence(int words) => "Some " + string.Join(' ', Enumerable.Repeat("word", words - 1)) + ".";
}
