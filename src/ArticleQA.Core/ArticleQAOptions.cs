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

    /// <summary>
    /// Questions the welcome, help and usage messages suggest, and the benchmark asks when the corpus has no question
    /// set. Set them for your article; the defaults fit any article.
    /// </summary>
    public IList<string> ExampleQuestions { get; set; } = [];

    /// <summary>The configured example questions, or ones that fit any article.</summary>
    public IReadOnlyList<string> Examples => ExampleQuestions.Count > 0 ? ExampleQuestions.ToList() : DefaultExamples;

    /// <summary>Examples that fit any article.</summary>
    public static IReadOnlyList<string> DefaultExamples { get; } = ["What is the article about?", "Who wrote the article, and when was it published?"];
}
