using ArticleQA.Core.Storage;

namespace ArticleQA.Bot.Replies;

/// <summary>Titles of the indexed articles, for citation names and the welcome message.</summary>
public sealed class ArticleCatalog(IndexProvider indexProvider, Microsoft.Extensions.Options.IOptions<ArticleQA.Core.ArticleQAOptions> options)
{
    /// <summary>The title of <paramref name="source"/>, or its file name when it has none.</summary>
    public async Task<string> TitleOfAsync(string source, CancellationToken cancellationToken = default)
    {
        var index = await indexProvider.GetAsync(cancellationToken).ConfigureAwait(false);
        return index.Documents.FirstOrDefault(d => d.Source == source)?.Title ?? source;
    }

    /// <summary>The titles of all indexed articles.</summary>
    public async Task<IReadOnlyList<string>> TitlesAsync(CancellationToken cancellationToken = default)
    {
        var index = await indexProvider.GetAsync(cancellationToken).ConfigureAwait(false);
        return index.Documents.Select(d => d.Title ?? d.Source).ToList();
    }

    /// <summary>Questions to suggest: configured in <c>ArticleQA:ExampleQuestions</c>, else ones that fit any article.</summary>
    public IReadOnlyList<string> ExampleQuestions => options.Value.Examples;
}
