using Microsoft.Extensions.AI;

namespace ArticleQA.Core.Embeddings;

/// <summary>
/// The model's contextual vector of every word piece of one text (without [CLS] and [SEP]), each
/// L2-normalised, with the word pieces' vocabulary ids. A generator that can give them attaches
/// them to each <see cref="Embedding{T}"/> it returns under <see cref="PropertyKey"/>; another
/// generator simply gives none, and what reads them does without.
/// </summary>
public sealed class TokenVectors
{
    /// <summary>The key of the token vectors in <see cref="Embedding.AdditionalProperties"/>.</summary>
    public const string PropertyKey = "articleqa.tokens";

    private readonly int[] _ids;
    private readonly float[] _values;

    /// <summary>Wraps <paramref name="values"/>: <paramref name="ids"/>.Length rows of <paramref name="dimensions"/> floats.</summary>
    public TokenVectors(int[] ids, float[] values, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        if (values.Length != ids.Length * dimensions)
            throw new ArgumentException($"{ids.Length} tokens of {dimensions} dimensions need {ids.Length * dimensions} values, not {values.Length}.", nameof(values));
        _ids = ids;
        _values = values;
        Dimensions = dimensions;
    }

    /// <summary>The word pieces' vocabulary ids, in order.</summary>
    public IReadOnlyList<int> Ids => _ids;

    /// <summary>Number of word pieces.</summary>
    public int Count => _ids.Length;

    /// <summary>Length of each vector.</summary>
    public int Dimensions { get; }

    /// <summary>All vectors, row after row.</summary>
    public ReadOnlySpan<float> Values => _values;

    /// <summary>The vector of word piece <paramref name="token"/>.</summary>
    public ReadOnlySpan<float> Row(int token) => _values.AsSpan(token * Dimensions, Dimensions);

    /// <summary>These vectors without the first <paramref name="tokens"/> word pieces (a query prefix).</summary>
    public TokenVectors Skip(int tokens)
    {
        tokens = Math.Clamp(tokens, 0, Count);
        return tokens == 0 ? this : new TokenVectors(_ids[tokens..], _values[(tokens * Dimensions)..], Dimensions);
    }

    /// <summary>
    /// These vectors rounded to half precision, as an index file stores them: an index just built and the same
    /// index loaded from its file then give the same features.
    /// </summary>
    public TokenVectors ToHalfPrecision() => new(_ids, Array.ConvertAll(_values, v => (float)(Half)v), Dimensions);

    /// <summary>The token vectors a generator attached to <paramref name="embedding"/>, or null.</summary>
    public static TokenVectors? Of(Embedding embedding) =>
        embedding?.AdditionalProperties?.TryGetValue(PropertyKey, out var value) == true ? value as TokenVectors : null;
}
