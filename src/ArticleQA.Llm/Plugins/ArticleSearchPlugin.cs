using System.ComponentModel;
using ArticleQA.Core.Answering;
using Microsoft.SemanticKernel;

namespace ArticleQA.Llm.Plugins;

/// <summary>A passage of the article found by <see cref="ArticleSearchPlugin.SearchAsync"/>.</summary>
/// <param name="N">Its rank, 1 for the best; cite it as [N].</param>
/// <param name="Source">File name of the document.</param>
/// <param name="Paragraph">Paragraph number.</param>
/// <param name="Start">Offset of the text in the source file.</param>
/// <param name="End">Offset one past its end.</param>
/// <param name="Text">The exact text.</param>
/// <param name="Score">The retrieval score.</param>
public sealed record ArticlePassage(int N, string Source, int Paragraph, int Start, int End, string Text, double Score);

/// <summary>
/// Retrieval as a kernel function, for function-calling models and agents: add it to a
/// <see cref="Kernel"/> with <c>kernel.Plugins.AddFromObject(plugin, "article")</c>.
/// </summary>
public sealed class ArticleSearchPlugin(ArticleMemory memory)
{
    /// <summary>The plugin's name in a kernel.</summary>
    public const string PluginName = "article";

    /// <summary>The function's name.</summary>
    public const string FunctionName = "search_article";

    /// <summary>Most passages one call returns.</summary>
    public const int MaxCount = 10;

    /// <summary>Searches the article (hybrid dense and BM25 retrieval) and returns the best passages.</summary>
    [KernelFunction(FunctionName)]
    [Description("Searches the news article(s) this conversation is about and returns the passages most relevant to the query, best first, with exact text, paragraph number and character offsets.")]
    public async Task<IReadOnlyList<ArticlePassage>> SearchAsync(
        [Description("What to look for, as a question or keywords")] string query,
        [Description("How many passages to return, 1 to 10")] int count = 5,
        CancellationToken cancellationToken = default)
    {
        var passages = await memory.SearchAsync(query, Math.Clamp(count, 1, MaxCount), cancellationToken).ConfigureAwait(false);
        return passages
            .Select(p => new ArticlePassage(p.Rank, p.Chunk.Source, p.Chunk.Paragraph, p.Chunk.Start, p.Chunk.End, p.Chunk.Text, Math.Round(p.Score, 6)))
            .ToList();
    }
}
