using System.ComponentModel.DataAnnotations;

namespace ArticleQA.Core;

/// <summary>Where ArticleQA reads its corpus and keeps its index. Section <c>ArticleQA</c>.</summary>
public sealed class ArticleQAOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ArticleQA";

    /// <summary>Folder of documents to answer from; relative paths are found from the repository root.</summary>
    [Required]
    public string CorpusPath { get; set; } = "corpus";

    /// <summary>Folder for the index file.</summary>
    [Required]
    public string DataPath { get; set; } = ".data";

    /// <summary>Folder of prompt templates.</summary>
    [Required]
    public string PromptsPath { get; set; } = "prompts";
}
