using ArticleQA.Core.Answering;
using ArticleQA.Evaluation.Baselines;
using ArticleQA.Evaluation.Running;
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
        // Every question and item, its id made unique by article and set, kept for pooling.
        var answered = new List<(string Role, Scored Ours, Scored Bm25)>();
        foreach (var article in articles)
        {
            using var workspace = ArticleWorkspace.Open(article.CorpusPath, Path.Combine(dataRoot, article.Name), rankerFor(article), shared, configuration);
            var picker = new Bm25SentencePicker((await workspace.IndexAsync(cancellationToken).ConfigureAwait(false)).Documents);
            var sets = new List<SetResults>();
            var ours = new Scored();
            var bm25 = new Scored();
            foreach (var file in article.QuestionFiles)
            {
                var set = await QuestionSet.ReadAsync(file, cancellationToken).ConfigureAwait(false);
                var answeredSet = new SetResults(Path.GetFileName(file), await workspace.Runner.RunAsync(set, cancellationToken: cancellationToken).ConfigureAwait(false), picker.Run(set));
                sets.Add(answeredSet);
                var prefix = $"{article.Name}/{answeredSet.File}:";
                ours.Add(prefix, set, answeredSet.Results);
                bm25.Add(prefix, set, answeredSet.Bm25);
            }

            var role = article.Role.ToString().ToLowerInvariant();
            results.Add(new ArticleResults(article.Name, role, sets, ours.Summary(), bm25.Summary()));
            answered.Add((role, ours, bm25));
            progress?.Report(article.Name);
        }

        var pooled = new List<PooledResults>();
        foreach (var group in new[] { "validation", "training", "all" })
        {
            var members = answered.Where(a => group == "all" || a.Role == group).ToList();
            if (members.Count == 0) continue;
            pooled.Add(new PooledResults(group, members.Count, Scored.Pool(members.Select(m => m.Ours)).Summary(), Scored.Pool(members.Select(m => m.Bm25)).Summary()));
        }

        return new CollectionResults(modelName, results, pooled);
    }

    /// <summary>Questions and the items answering them, ids made unique across sets and articles.</summary>
    private sealed class Scored
    {
        private readonly List<EvalQuestion> _questions = [];
        private readonly List<ResultItem> _items = [];

        public void Add(string prefix, IEnumerable<EvalQuestion> questions, EvalResults results)
        {
            _questions.AddRange(questions.Select(q => q with { Id = prefix + q.Id }));
            _items.AddRange(results.Items.Select(i => i with { Id = prefix + i.Id }));
        }

        public Dictionary<string, double> Summary() => EvalMetrics.Summarize(_questions, _items);

        public static Scored Pool(IEnumerable<Scored> parts)
        {
            var pooled = new Scored();
            foreach (var part in parts)
            {
                pooled._questions.AddRange(part._questions);
                pooled._items.AddRange(part._items);
            }

            return pooled;
        }
    }
}
