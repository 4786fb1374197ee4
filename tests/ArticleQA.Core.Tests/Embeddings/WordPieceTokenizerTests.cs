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
}
