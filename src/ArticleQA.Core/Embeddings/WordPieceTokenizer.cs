using Microsoft.ML.Tokenizers;

namespace ArticleQA.Core.Embeddings;

/// <summary>The BERT word-piece tokenizer of an embedding model, read from its package.</summary>
public sealed class WordPieceTokenizer
{
    private readonly BertTokenizer _tokenizer;

    private WordPieceTokenizer(BertTokenizer tokenizer) => _tokenizer = tokenizer;

    /// <summary>Loads the vocabulary shipped with <paramref name="model"/>.</summary>
    public static WordPieceTokenizer Load(EmbeddingModelInfo model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var vocab = ModelResources.Open(model, "vocab.txt");
        return new WordPieceTokenizer(BertTokenizer.Create(vocab, new BertOptions { LowerCaseBeforeTokenization = true }));
    }

    /// <summary>Number of word pieces in <paramref name="text"/>, without [CLS] and [SEP].</summary>
    public int CountTokens(string text) => _tokenizer.CountTokens(text, considerPreTokenization: true, considerNormalization: true);

    /// <summary>True when the model's vocabulary holds <paramref name="word"/> whole, a sign that it is a real word.</summary>
    public bool IsWholeWord(string word) => CountTokens(word) == 1;

    /// <summary>Ids with [CLS] and [SEP], cut to <paramref name="maxTokens"/>.</summary>
    public IReadOnlyList<int> Encode(string text, int maxTokens)
    {
        var ids = _tokenizer.EncodeToIds(text, maxTokens, addSpecialTokens: true, out _, out _);
        return ids;
    }
}
