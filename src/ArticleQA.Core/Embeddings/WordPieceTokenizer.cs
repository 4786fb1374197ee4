using Microsoft.ML.Tokenizers;

namespace ArticleQA.Core.Embeddings;

/// <summary>The BERT word-piece tokenizer of an embedding model, read from its package.</summary>
public sealed class WordPieceTokenizer
{
    private readonly BertTokenizer _tokenizer;
    private readonly bool[] _content;

    private WordPieceTokenizer(BertTokenizer tokenizer, bool[] content)
    {
        _tokenizer = tokenizer;
        _content = content;
    }

    /// <summary>Loads the vocabulary shipped with <paramref name="model"/>.</summary>
    public static WordPieceTokenizer Load(EmbeddingModelInfo model)
    {
        ArgumentNullException.ThrowIfNull(model);
        // Read once: the tokenizer and the content flags (one per line, by id) both come from it.
        var vocab = ModelResources.ReadAll(model, "vocab.txt");
        var tokenizer = BertTokenizer.Create(new MemoryStream(vocab, writable: false), new BertOptions { LowerCaseBeforeTokenization = true });
        using var pieces = new StreamReader(new MemoryStream(vocab, writable: false));
        var content = new List<bool>();
        while (pieces.ReadLine() is { } piece) content.Add(IsContentPiece(piece));
        return new WordPieceTokenizer(tokenizer, [.. content]);
    }

    /// <summary>
    /// True when the word piece with vocabulary id <paramref name="id"/> carries meaning: it has a letter
    /// or digit, is no special token ([CLS], [UNK]…) and no function word (<see cref="Text.TextAnalyzer.StopWords"/>).
    /// </summary>
    public bool IsContent(int id) => id >= 0 && id < _content.Length && _content[id];

    private static bool IsContentPiece(string piece)
    {
        if (piece.StartsWith('[') && piece.EndsWith(']')) return false;
        var word = piece.StartsWith("##", StringComparison.Ordinal) ? piece[2..] : piece;
        return word.Any(char.IsLetterOrDigit) && !Text.TextAnalyzer.StopWords.Contains(word);
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
