using ArticleQA.Core.Answering;
using ArticleQA.Core.Evaluation;
using ArticleQA.Evaluation.Baselines;
using Microsoft.Extensions.Configuration;

namespace ArticleQA.Evaluation.Collection;

/// <summary>
/// Answers every question set of the collection with the embedded pipeline, each article over its
/// own index, beside the BM25 sentence picker on the same questions; reports per article and
/// pooled over the validation articles, the training articles and all.
/// </summary>
public sealed class CollectionEvaluator(IServiceProvider shared, IConfiguration configuration, string dataRoot)
{
    /// <summary>
    /// Evaluates <paramref name="articles"/>; <paramref name="rankerFor"/> gives the ranker that answers each article (the
    /// shipped one, or one trained without it).
    /// </summary>
    public async Task<CollectionResults> EvaluateAsync(
        IReadOnlyList<CollectionArticle> articles, Func<CollectionArticle, RankerModel> rankerFor, string modelName,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(rankerFor);
        var results = new List<ArticleResults>();
        foreach (var article in articles)
        {
            using var workspace = ArticleWorkspace.Open(article.CorpusPath, Path.Combine(dataRoot, article.Name), rankerFor(article), shared, configuration);
            var picker = new Bm25SentencePicker((await workspace.IndexAsync(cancellationToken).ConfigureAwait(false)).Documents);
            var sets = new List<SetResults>();
            var questions = new List<EvalQuestion>();
            foreach (var file in article.QuestionFiles)
            {
                var set = await QuestionSet.ReadAsync(file, cancellationToken).ConfigureAwait(false);
                var answered = await workspace.Runner.RunAsync(set, cancellationToken: cancellationToken).ConfigureAwait(false);
                sets.Add(new SetResults(Path.GetFileName(file), answered, picker.Run(set)));
                questions.AddRange(set.Select(q => q with { Id = $"{Path.GetFileName(file)}:{q.Id}" }));
            }

            results.Add(new ArticleResults(
                article.Name, article.Role.ToString().ToLowerInvariant(), sets,
                Pool(questions, sets.Select(s => (s.File, s.Results))), Pool(questions, sets.Select(s => (s.File, s.Bm25)))));
            progress?.Report(article.Name);
        }

        var pooled = new List<PooledResults>();
        foreach (var (group, members) in new[]
                 {
                     ("validation", results.Where(r => r.Role == "validation").ToList()),
                     ("training", results.Where(r => r.Role == "training").ToList()),
                     ("all", results),
                 })
        {
            if (members.Count == 0) continue;
            pooled.Add(new PooledResults(group, members.Count, await PoolAsync(members, articles, s => s.Results, cancellationToken), await PoolAsync(members, articles, s => s.Bm25, cancellationToken)));
        }

        return new CollectionResults(modelName, results, pooled);
    }

    // The metrics of several sets together: ids are made unique by set (and article) before they are matched.
    private static Dictionary<string, double> Pool(IReadOnlyList<EvalQuestion> questions, IEnumerable<(string File, EvalResults Results)> sets) =>
        EvalMetrics.Summarize(questions, sets.SelectMany(s => s.Results.Items.Select(i => i with { Id = $"{s.File}:{i.Id}" })).ToList());

    private static async Task<Dictionary<string, double>> PoolAsync(
        IReadOnlyList<ArticleResults> members, IReadOnlyList<CollectionArticle> articles, Func<SetResults, EvalResults> pick, CancellationToken cancellationToken)
    {
        var questions = new List<EvalQuestion>();
        var items = new List<ResultItem>();
        foreach (var member in members)
        {
            var article = articles.First(a => a.Name == member.Name);
            foreach (var (file, set) in article.QuestionFiles.Zip(member.Sets))
            {
                var prefix = $"{member.Name}/{set.File}:";
                questions.AddRange((await QuestionSet.ReadAsync(file, cancellationToken).ConfigureAwait(false)).Select(q => q with { Id = prefix + q.Id }));
                items.AddRange(pick(set).Items.Select(i => i with { Id = prefix + i.Id }));
            }
        }

        return EvalMetrics.Summarize(questions, items);
    }
}
