using System.ComponentModel.DataAnnotations;

namespace ArticleQA.Core.Ingestion;

/// <summary>How text is cut into chunks for retrieval. Section <c>ArticleQA:Chunking</c>.</summary>
public sealed class ChunkingOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ArticleQA:Chunking";

    /// <summary>Largest chunk, in word pieces of the embedding model's tokenizer.</summary>
    [Range(16, 512)]
    public int MaxTokens { get; set; } = 128;

    /// <summary>Word pieces a chunk repeats from the end of the one before it.</summary>
    [Range(0, 511)]
    public int OverlapTokens { get; set; } = 32;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OverlapTokens >= MaxTokens)
            yield return new ValidationResult(
                $"{SectionName}:{nameof(OverlapTokens)} is {OverlapTokens}; allowed: a whole number smaller than {SectionName}:{nameof(MaxTokens)} ({MaxTokens})",
                [nameof(OverlapTokens), nameof(MaxTokens)]);
    }
}
