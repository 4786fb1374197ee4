namespace ArticleQA.Core.Answering;

/// <summary>
/// One candidate's feature vector, written in order straight into its array (no list to grow, no array per group
/// of features), for <see cref="CandidateFeatures"/>: it runs for every candidate of every question.
/// </summary>
internal sealed class FeatureRow(int count)
{
    private readonly float[] _values = new float[count];
    private int _at;

    /// <summary>Writes <paramref name="values"/> next.</summary>
    public void Add(params ReadOnlySpan<float> values)
    {
        values.CopyTo(_values.AsSpan(_at));
        _at += values.Length;
    }

    /// <summary>Writes <paramref name="value"/> <paramref name="count"/> times.</summary>
    public void Repeat(float value, int count)
    {
        _values.AsSpan(_at, count).Fill(value);
        _at += count;
    }

    /// <summary>The vector, once every feature is written.</summary>
    public float[] Done() =>
        _at == _values.Length ? _values : throw new InvalidOperationException($"{_at} features were written of {_values.Length}.");
}
