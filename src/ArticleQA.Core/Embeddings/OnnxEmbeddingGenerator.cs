using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace ArticleQA.Core.Embeddings;

/// <summary>
/// Runs a sentence-transformer ONNX model in process with ONNX Runtime and returns
/// L2-normalised sentence vectors. Thread-safe: one session serves concurrent callers.
/// </summary>
public sealed class OnnxEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private const int BatchSize = 16;
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly string[] OutputNames = ["last_hidden_state"];
    private readonly Lazy<InferenceSession> _session;
    private readonly EmbeddingGeneratorMetadata _metadata;

    /// <summary>
    /// Prepares the generator; the model is loaded on first use or by <see cref="WarmUp"/>.
    /// <paramref name="intraOpThreads"/> is how many threads one model run uses; 0 means one per core.
    /// ONNX Runtime reads the model from a file extracted once into <paramref name="modelFolder"/>
    /// (null: the user's local application data, <c>ArticleQA/models</c>); when that folder cannot be
    /// written, from the model's bytes in memory. <paramref name="quantization"/> <see cref="EmbeddingQuantization.Int8"/>
    /// runs the model rewritten to 8-bit integer products (<see cref="ModelQuantizer"/>), kept beside the extracted one.
    /// </summary>
    public OnnxEmbeddingGenerator(
        EmbeddingModelInfo model, int intraOpThreads = 0, string? modelFolder = null, EmbeddingQuantization quantization = EmbeddingQuantization.None)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(intraOpThreads);
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Quantization = quantization;
        Tokenizer = WordPieceTokenizer.Load(model);
        ModelId = EmbeddingModelId.Of(model, quantization);
        _metadata = new EmbeddingGeneratorMetadata("onnxruntime", null, ModelId, model.Dimensions);
        var folder = modelFolder ?? ModelFileCache.DefaultFolder();
        _session = new Lazy<InferenceSession>(() => CreateSession(model, intraOpThreads, folder), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>How the model's weights are stored when it runs.</summary>
    public EmbeddingQuantization Quantization { get; }

    /// <summary>The model's name, with its quantisation when it has one ("MiniLM-int8"); vectors of two ids do not mix.</summary>
    public string ModelId { get; }

    /// <summary>The model this generator runs.</summary>
    public EmbeddingModelInfo Model { get; }

    /// <summary>The model's tokenizer, for counting tokens when chunking.</summary>
    public WordPieceTokenizer Tokenizer { get; }

    /// <summary>Loads the model now rather than on the first request.</summary>
    public void WarmUp() => _ = _session.Value;

    /// <inheritdoc />
    /// <remarks>Each embedding carries its text's <see cref="TokenVectors"/> (from the same model run).</remarks>
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var encoded = values.Select(t => Tokenizer.Encode(t, Model.MaxTokens)).ToArray();
        var embeddings = new Embedding<float>[encoded.Length];

        // Runs of similar length waste less work on padding (RunPlanner).
        var order = Enumerable.Range(0, encoded.Length).OrderBy(i => encoded[i].Count).ToArray();
        foreach (var run in RunPlanner.Plan(order.Select(i => encoded[i].Count).ToArray(), BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = order[run];
            var results = Run(batch.Select(i => encoded[i]).ToArray());
            for (var j = 0; j < batch.Length; j++) embeddings[batch[j]] = results[j];
        }

        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(embeddings));
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_session.IsValueCreated) _session.Value.Dispose();
    }

    // One model run over texts already encoded.
    private Embedding<float>[] Run(IReadOnlyList<int>[] encoded)
    {
        var width = encoded.Max(e => e.Count);
        var ids = new long[encoded.Length * width];
        var mask = new long[encoded.Length * width];
        for (var b = 0; b < encoded.Length; b++)
        {
            for (var t = 0; t < encoded[b].Count; t++)
            {
                ids[(b * width) + t] = encoded[b][t];
                mask[(b * width) + t] = 1;
            }
        }

        // The inputs wrap these arrays and the output is read where ONNX Runtime wrote it: nothing is copied element by element.
        long[] shape = [encoded.Length, width];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Value.Run(runOptions, InputNames, [idsValue, maskValue, typesValue], OutputNames);
        // [batch, width, dimensions], row after row.
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var embeddings = new Embedding<float>[encoded.Length];
        for (var b = 0; b < encoded.Length; b++)
        {
            var rows = hidden.Slice(b * width * Model.Dimensions, encoded[b].Count * Model.Dimensions);
            embeddings[b] = new Embedding<float>(Pool(rows, encoded[b].Count))
            {
                ModelId = ModelId,
                AdditionalProperties = new() { [TokenVectors.PropertyKey] = Tokens(rows, encoded[b]) },
            };
        }

        return embeddings;
    }

    // Mean of the token vectors under the mask, or the [CLS] vector, normalised.
    private float[] Pool(ReadOnlySpan<float> rows, int length)
    {
        var dims = Model.Dimensions;
        var vector = new float[dims];
        var tokens = Model.Pooling == Pooling.Cls ? 1 : length;
        for (var t = 0; t < tokens; t++) TensorPrimitives.Add(vector, rows.Slice(t * dims, dims), vector);
        Normalise(vector);
        return vector;
    }

    // The word pieces between [CLS] and [SEP], each vector normalised.
    private TokenVectors Tokens(ReadOnlySpan<float> rows, IReadOnlyList<int> encoded)
    {
        var dims = Model.Dimensions;
        var count = Math.Max(0, encoded.Count - 2);
        var values = rows.Slice(dims, count * dims).ToArray();
        var ids = new int[count];
        for (var t = 0; t < count; t++)
        {
            ids[t] = encoded[t + 1];
            Normalise(values.AsSpan(t * dims, dims));
        }

        return new TokenVectors(ids, values, dims);
    }

    private static void Normalise(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0) TensorPrimitives.Divide(vector, norm, vector);
    }

    /// <summary>Where the model was read from: a file's path, or null for its bytes in memory; set once the model is loaded.</summary>
    internal string? ModelPath { get; private set; }

    private InferenceSession CreateSession(EmbeddingModelInfo model, int intraOpThreads, string? folder)
    {
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            IntraOpNumThreads = intraOpThreads > 0 ? intraOpThreads : Math.Max(1, Environment.ProcessorCount),
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        var quantised = Quantization == EmbeddingQuantization.Int8;
        ModelPath = folder is null ? null
            : quantised ? ModelFileCache.TryGetQuantised(model, folder)
            : ModelFileCache.TryGet(model, "model.onnx", folder);
        if (ModelPath is not null)
        {
            try
            {
                return new InferenceSession(ModelPath, options);
            }
            catch (OnnxRuntimeException) when (quantised)
            {
                // A kept 8-bit file that no longer loads (damaged in place): made again once, else quantised in memory.
                ModelPath = ModelFileCache.TryDelete(ModelPath) ? ModelFileCache.TryGetQuantised(model, folder!) : null;
                if (ModelPath is not null) return new InferenceSession(ModelPath, options);
            }
        }

        var bytes = ModelResources.ReadAll(model, "model.onnx");
        return new InferenceSession(quantised ? ModelQuantizer.Quantize(bytes) : bytes, options);
    }
}
