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

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EmbeddingModelInfo.Find(Model) is null)
            yield return new ValidationResult(
                $"{SectionName}:{nameof(Model)} is '{Model}'; allowed: one of {string.Join(", ", EmbeddingModelInfo.All.Select(m => m.Name))}",
                [nameof(Model)]);
    }
}
