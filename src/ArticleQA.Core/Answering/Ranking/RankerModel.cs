using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArticleQA.Core.Answering;

/// <summary>
/// The learned sentence ranker: a boosted tree ensemble whose output a Platt sigmoid turns into
/// the probability that a sentence answers the question, and the answer policy chosen with it
/// on the training articles. Written by <c>articleqa train</c>; read-only and thread-safe.
/// </summary>
public sealed record RankerModel
{
    /// <summary>The resource name of the model that ships in the Core assembly.</summary>
    public const string ResourceName = "ArticleQA.Core.Answering.Ranking.answer-ranker.json";

    /// <summary>File format version this code reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>Format version.</summary>
    public int Version { get; init; } = FormatVersion;

    /// <summary>Feature names, in vector order; must equal <see cref="CandidateFeatures.Names"/>.</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    // An array, read for every sentence of every question: no enumerator behind an interface.
    private readonly RegressionTree[] _trees = [];

    /// <summary>The trees.</summary>
    public IReadOnlyList<RegressionTree> Trees { get => _trees; init => _trees = [.. value]; }

    private readonly RegressionTree[] _orderTrees = [];

    /// <summary>
    /// Trees of a second, listwise model (LambdaMART) whose sum orders one question's candidates; empty when the
    /// probability orders them. The probability still decides abstention and which sentences join.
    /// </summary>
    public IReadOnlyList<RegressionTree> OrderTrees { get => _orderTrees; init => _orderTrees = [.. value]; }

    /// <summary>True when <see cref="OrderTrees"/> order the candidates.</summary>
    [JsonIgnore]
    public bool Orders => _orderTrees.Length > 0;

    /// <summary>Added to the trees' sum.</summary>
    public double Bias { get; init; }

    /// <summary>Platt slope: p = 1 / (1 + exp(slope · score + offset)).</summary>
    public double PlattSlope { get; init; } = -1;

    /// <summary>Platt offset.</summary>
    public double PlattOffset { get; init; }

    /// <summary>How answers are chosen from the probabilities.</summary>
    public AnswerPolicy Policy { get; init; } = new();

    /// <summary>What the model was trained on and how it measured, for the record.</summary>
    public JsonElement? Provenance { get; init; }

    /// <summary>The probability that the sentence with <paramref name="features"/> answers the question.</summary>
    public double Probability(ReadOnlySpan<float> features)
    {
        var score = Bias;
        foreach (var tree in _trees) score += tree.Evaluate(features);
        return 1 / (1 + Math.Exp((PlattSlope * score) + PlattOffset));
    }

    /// <summary>The listwise order score of the sentence with <paramref name="features"/>: higher comes first; 0 without <see cref="OrderTrees"/>.</summary>
    public double Order(ReadOnlySpan<float> features)
    {
        var score = 0.0;
        foreach (var tree in _orderTrees) score += tree.Evaluate(features);
        return score;
    }

    /// <summary>JSON settings of the model file.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads a model and checks it fits this code's features.</summary>
    /// <exception cref="InvalidDataException">The file is no model of this format, or its features differ.</exception>
    public static RankerModel Load(Stream stream, string origin)
    {
        ArgumentNullException.ThrowIfNull(stream);
        RankerModel? model;
        try
        {
            model = JsonSerializer.Deserialize<RankerModel>(stream, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{origin}: not a ranker model ({e.Message})", e);
        }

        if (model is null || model.Version != FormatVersion)
            throw new InvalidDataException($"{origin}: ranker model format {model?.Version} is not {FormatVersion}; retrain with 'articleqa train'.");
        if (!model.Features.SequenceEqual(CandidateFeatures.Names))
            throw new InvalidDataException($"{origin}: the model's features differ from this program's; retrain with 'articleqa train'.");
        foreach (var tree in model.Trees.Concat(model.OrderTrees)) tree.Check(model.Features.Count, origin);
        return model;
    }

    /// <summary>The model shipped in the assembly.</summary>
    public static RankerModel LoadShipped()
    {
        using var stream = typeof(RankerModel).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException("The ranker model is not embedded in ArticleQA.Core; run 'articleqa train'.");
        return Load(stream, "the shipped ranker model");
    }

    /// <summary>Writes the model as JSON.</summary>
    public void Save(Stream stream) => JsonSerializer.Serialize(stream, this, JsonOptions);
}

/// <summary>
/// One regression tree in arrays: node n splits on <see cref="Feature"/>[n] at
/// <see cref="Threshold"/>[n], going to <see cref="Left"/>[n] when the value is at most the
/// threshold, else to <see cref="Right"/>[n]; a negative child c is leaf ~c.
/// </summary>
public sealed class RegressionTree
{
    /// <summary>Split feature of each node.</summary>
    public int[] Feature { get; init; } = [];

    /// <summary>Split threshold of each node.</summary>
    public float[] Threshold { get; init; } = [];

    /// <summary>Child when the value is at most the threshold.</summary>
    public int[] Left { get; init; } = [];

    /// <summary>Child when the value is above the threshold.</summary>
    public int[] Right { get; init; } = [];

    /// <summary>Leaf values.</summary>
    public double[] Leaf { get; init; } = [];

    /// <summary>The tree's weight in the ensemble.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>The tree's weighted output for <paramref name="features"/>.</summary>
    public double Evaluate(ReadOnlySpan<float> features)
    {
        if (Feature.Length == 0) return Leaf.Length > 0 ? Weight * Leaf[0] : 0;
        var node = 0;
        while (node >= 0) node = features[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
        return Weight * Leaf[~node];
    }

    internal void Check(int features, string origin)
    {
        var nodes = Feature.Length;
        if (Threshold.Length != nodes || Left.Length != nodes || Right.Length != nodes || Leaf.Length != nodes + 1
            || Feature.Any(f => f < 0 || f >= features)
            || Left.Concat(Right).Any(c => c >= nodes || ~c >= Leaf.Length))
            throw new InvalidDataException($"{origin}: a tree of the ranker model is malformed.");
    }
}

/// <summary>How an answer is chosen from the sentences' probabilities; chosen on training data.</summary>
public sealed record AnswerPolicy
{
    /// <summary>Abstain when the best sentence's probability is below this.</summary>
    public double AbstainBelow { get; init; } = 0.3;

    /// <summary>Another sentence joins when its probability is at least this share of the best one's.</summary>
    public double JoinShare { get; init; } = 0.8;

    /// <summary>Most sentences an answer quotes.</summary>
    public int MaxSentences { get; init; } = 2;
}
