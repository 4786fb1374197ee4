using ArticleQA.Core.Embeddings;

namespace ArticleQA.Core.Tests.Embeddings;

public sealed class WordPieceTokenizerTests
{
    private static readonly WordPieceTokenizer Tokenizer = WordPieceTokenizer.Load(EmbeddingModelInfo.MiniLM);

    [Theory]
    [InlineData("the", 1)]
    [InlineData("factory", 1)]
    [InlineData("the factory", 2)]
    public void CountTokens_CountsWordPiecesWithoutSpecialTokens(string text, int expected) =>
        Assert.Equal(expected, Tokenizer.CountTokens(text));

    [Theory]
    [InlineData("impressed", true)]
    [InlineData("cover", true)]
    [InlineData("impresed", false)]
    [InlineData("wich", false)]
    public void IsWholeWord_RealWordsAreWholeAndSlipsAreSplit(string word, bool expected) =>
        Assert.Equal(expected, Tokenizer.IsWholeWord(word));

    [Theory]
    [InlineData("bridge", true)]
    [InlineData("1957", true)]
    [InlineData("the", false)]
    [InlineData("which", false)]
    [InlineData(",", false)]
    public void IsContent_WordsCarryMeaningFunctionWordsAndPunctuationDoNot(string word, bool expected)
    {
        var id = Assert.Single(Tokenizer.Encode(word, 8).Skip(1).SkipLast(1));

        Assert.Equal(expected, Tokenizer.IsContent(id));
    }

    [Fact]
    public void IsContent_SpecialTokensAndUnknownIds_AreNotContent()
    {
        var encoded = Tokenizer.Encode("bridge", 8);

        Assert.False(Tokenizer.IsContent(encoded[0])); // [CLS]
        Assert.False(Tokenizer.IsContent(encoded[^1])); // [SEP]
        Assert.False(Tokenizer.IsContent(-1));
        Assert.False(Tokenizer.IsContent(int.MaxValue));
    }
}
