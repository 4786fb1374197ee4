using ArticleQA.Core;
using ArticleQA.Evaluation.Collection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ArticleQA.Cli.Commands;

/// <summary>Where the development collection's split file and per-article indexes are by default.</summary>
internal static class CollectionPaths
{
    public static string DefaultSplit => RepositoryPaths.Resolve(Path.Combine("tests", "data", "articles", ArticleCollection.SplitFileName));

    public static string DefaultModel => RepositoryPaths.Resolve(Path.Combine("src", "ArticleQA.Core", "Answering", "Ranking", "answer-ranker.json"));

    public static string DataRoot(IServiceProvider services) =>
        Path.Combine(RepositoryPaths.Resolve(services.GetRequiredService<IOptions<ArticleQAOptions>>().Value.DataPath), "collection");

    public static IReadOnlyList<CollectionArticle> Load(string? split)
    {
        var path = split ?? DefaultSplit;
        if (!File.Exists(path)) throw new UsageException($"--split {path}: no such file");
        return ArticleCollection.Load(path);
    }
}
