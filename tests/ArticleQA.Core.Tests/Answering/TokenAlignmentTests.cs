using ArticleQA.Core.Answering;
using ArticleQA.Core.Embeddings;

namespace ArticleQA.Core.Tests.Answering;

/// <summary>Word-piece alignment with the real MiniLM model, on sentences of two articles of the collection.</summary>
public sealed class TokenAlignmentTests
{
    private static readonly OnnxEmbeddingGenerator Model = new(EmbeddingModelInfo.MiniLM);

    // From tests/data/articles/mackinac-bridge (Wikipedia, CC BY-SA 3.0).
    private static readonly string[] Bridge =
    [
        "Envisioned since the 1880s, the bridge was designed by the engineer David B. Steinman and completed in 1957 only after many decades of struggles to begin construction.",
        "After the opening of the Brooklyn Bridge in 1883, local residents began to imagine that such a structure could span the straits.",
        "The Mackinac Bridge is a suspension bridge spanning the Straits of Mackinac to connect the Upper and Lower Peninsulas of the U.S. state of Michigan.",
    ];

    // From tests/data/articles/fda-moringa-salmonella-outbreak (FDA, public domain).
    private static readonly string[] Outbreak =
    [
        "Illness usually occurs within 12 to 72 hours after eating food that is contaminated with Salmonella, and the symptoms usually last four to seven days.",
        "Symptoms include diarrhea, fever, and abdominal cramps.",
        "Sold at multiple online stores including eBay, TikTok shop, Amazon, Shein, and the Tryrosabella.com online store.",
    ];

    [Theory]
    [InlineData(0, "Which engineer designed the bridge?", 0)]
    [InlineData(0, "What does the bridge connect?", 2)]
    [InlineData(1, "How long do the symptoms last?", 0)]
    [InlineData(1, "Where was the product sold?", 2)]
    public async Task Compute_TheSentenceThatHoldsTheAskedWords_AlignsBest(int article, string question, int expected)
    {
        var sentences = await TokensAsync(article == 0 ? Bridge : Outbreak);

        var alignment = TokenAlignment.Compute((await TokensAsync([question]))[0], sentences, Model.Tokenizer.IsContent)!;

        Assert.Equal(expected, Array.IndexOf(alignment.Weighted, alignment.Weighted.Max()));
        Assert.Equal(expected, Array.IndexOf(alignment.Mean, alignment.Mean.Max()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Compute_QuestionThatRepeatsASentence_MatchesEveryPieceFully(int article)
    {
        var texts = article == 0 ? Bridge : Outbreak;
        var sentences = await TokensAsync(texts);

        var alignment = TokenAlignment.Compute((await TokensAsync([texts[1]]))[0], sentences, Model.Tokenizer.IsContent)!;

        Assert.Equal(1, alignment.Min[1], 3);
        Assert.Equal(1, alignment.ArticleMin, 3);
        Assert.True(alignment.Min[0] < 0.99 && alignment.Min[2] < 0.99);
    }

    [Fact]
    public async Task Compute_AWordNoSentenceHasMatchesWorseThanWordsTheArticleHas()
    {
        var sentences = await TokensAsync(Outbreak);

        var present = TokenAlignment.Compute((await TokensAsync(["What are the symptoms?"]))[0], sentences, Model.Tokenizer.IsContent)!;
        var absent = TokenAlignment.Compute((await TokensAsync(["What did the symptoms cost the hospitals?"]))[0], sentences, Model.Tokenizer.IsContent)!;

        Assert.True(absent.ArticleMin < present.ArticleMin, $"{absent.ArticleMin} vs {present.ArticleMin}");
        Assert.Equal(1, present.Pieces);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Compute_OneWordNoSentenceHas_LowersTheMinimumButNotTheSecondMinimum(int article)
    {
        var texts = article == 0 ? Bridge : Outbreak;
        var sentences = await TokensAsync(texts);

        var alignment = TokenAlignment.Compute((await TokensAsync([$"Seriously, {texts[1]}"]))[0], sentences, Model.Tokenizer.IsContent)!;

        Assert.True(alignment.SecondMin[1] > 0.9, $"second minimum {alignment.SecondMin[1]}");
        Assert.True(alignment.Min[1] < alignment.SecondMin[1] - 0.1, $"minimum {alignment.Min[1]}, second {alignment.SecondMin[1]}");
        Assert.True(alignment.ArticleSecondMin > alignment.ArticleMin);
        Assert.Equal(1, Array.IndexOf(alignment.SecondMin, alignment.SecondMin.Max()));
    }

    [Theory]
    [InlineData(0, "Who designed it after the Brooklyn Bridge opened?")]
    [InlineData(1, "How long do diarrhea and cramps last?")]
    public async Task Compute_WordsSplitOverTwoAdjacentSentences_MatchInTheWindowOfEither(int article, string question)
    {
        var sentences = await TokensAsync(article == 0 ? Bridge : Outbreak);
        var tokens = (await TokensAsync([question]))[0];

        var together = TokenAlignment.Compute(tokens, sentences, Model.Tokenizer.IsContent)!;
        var apart = TokenAlignment.Compute(tokens, sentences, Model.Tokenizer.IsContent, (a, b) => false)!;

        Assert.True(together.Window[0] > together.Weighted[0] + 0.02, $"{together.Window[0]} vs {together.Weighted[0]}");
        Assert.True(together.Window[1] > together.Weighted[1] + 0.02, $"{together.Window[1]} vs {together.Weighted[1]}");
        for (var s = 0; s < sentences.Count; s++)
        {
            Assert.True(together.Window[s] >= together.Weighted[s]);
            Assert.Equal(apart.Weighted[s], apart.Window[s], 9);
        }
    }

    [Fact]
    public async Task Compute_NothingToAlign_IsNull()
    {
        var sentences = await TokensAsync(Bridge);

        Assert.Null(TokenAlignment.Compute((await TokensAsync(["What is it?"]))[0], sentences, Model.Tokenizer.IsContent));
        Assert.Null(TokenAlignment.Compute(null, sentences, Model.Tokenizer.IsContent));
        Assert.Null(TokenAlignment.Compute((await TokensAsync(["Who designed it?"]))[0], [], Model.Tokenizer.IsContent));
    }

    private static async Task<List<TokenVectors>> TokensAsync(string[] texts) =>
        (await Model.GenerateAsync(texts)).Select(e => TokenVectors.Of(e)!).ToList();
}
