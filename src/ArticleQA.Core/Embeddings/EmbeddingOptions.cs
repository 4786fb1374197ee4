using System.ComponentModel.DataAnnotations;

namespace ArticleQA.Core.Embeddings;

/// <summary>Which embedding model to run. Section <c>ArticleQA:Embedding</c>.</summary>
public sealed class EmbeddingOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ArticleQA:Embedding";

    /// <summary><c>MiniLM</c> or <c>ArcticXs</c>.</summary>
    [Required]
    public string Model { get; set; } = EmbeddingModelInfo.MiniLM.Name;

    /// <summary>
    /// <c>None</c> (the default) runs the package's float weights; <c>Int8</c> runs the model with 8-bit integer
    /// products, quantised from the package's model once and kept beside it (<see cref="ModelQuantizer"/>). The
    /// shipped ranker was trained on the float vectors (its provenance says which).
    /// </summary>
    public EmbeddingQuantization Quantization { get; set; } = EmbeddingQuantization.None;

    /// <summary>
    /// Most texts embedded in one model run when concurrent questions are pooled
    /// (<see cref="BatchingEmbeddingGenerator"/>); 1 turns pooling off.
    /// </summary>
    [Range(1, 256)]
    public int MaxBatchSize { get; set; } = 16;

    /// <summary>
    /// Pooled model runs (<see cref="BatchingEmbeddingGenerator"/>) that may run at the same time; 0 means as many
    /// as the cores hold at <see cref="IntraOpThreads"/> threads each, at most two (<see cref="EffectiveConcurrentRuns"/>).
    /// </summary>
    [Range(0, 64)]
    public int ConcurrentRuns { get; set; }

    /// <summary>
    /// <see cref="ConcurrentRuns"/>, or when it is 0: the processor count divided by the threads of one run, between 1 and 2.
    /// One thread per run on 2 cores gives 2; one thread per core (the default) gives 1.
    /// </summary>
    public int EffectiveConcurrentRuns => ConcurrentRuns > 0
        ? ConcurrentRuns
        : Math.Clamp(Environment.ProcessorCount / Math.Max(1, IntraOpThreads > 0 ? IntraOpThreads : Environment.ProcessorCount), 1, 2);

    /// <summary>Threads ONNX Runtime uses inside one model run; 0 means one per core.</summary>
    [Range(0, 64)]
    public int IntraOpThreads { get; set; }

    /// <summary>
    /// Folder the model file is extracted to once and read from by ONNX Runtime; relative paths are found
    /// like <see cref="ArticleQAOptions.DataPath"/>. Empty: the user's local application data, <c>ArticleQA/models</c>.
    /// </summary>
    public string ModelCachePath { get; set; } = "";

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EmbeddingModelInfo.Find(Model) is null)
            yield return new ValidationResult(
                $"{SectionName}:{nameof(Model)} is '{Model}'; allowed: one of {string.Join(", ", EmbeddingModelInfo.All.Select(m => m.Name))}",
                [nameof(Model)]);
    }
}
