using System.Text.Json;
using ArticleQA.Core.Answering;
using ArticleQA.Core.Embeddings;
using ArticleQA.Evaluation.Collection;
using ArticleQA.Evaluation.Running;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleQA.Evaluation.Training;

/// <summary>What training produced: the model and how its policy did out of fold on the training articles.</summary>
/// <param name="Model">The ranker, fitted on every training article.</param>
/// <param name="OutOfFold">The chosen policy's score on predictions for each training article by a model fitted without it.</param>
/// <param name="PerArticle">The same score for each training article alone.</param>
/// <param name="Predicted">The out-of-fold predictions the policy was chosen on.</param>
public sealed record TrainingOutcome(RankerModel Model, PolicyScore OutOfFold, IReadOnlyDictionary<string, PolicyScore> PerArticle, IReadOnlyList<PredictedExample> Predicted);

/// <summary>
/// Training end to end: the examples of every article (features from the model-free pipeline), a
/// fit per training article without it for out-of-fold probabilities, the answer policy chosen on
/// those, and the final fit on all training articles. Validation articles are never read here.
/// </summary>
public sealed class TrainingRun(IServiceProvider shared, IConfiguration configuration, string dataRoot)
{
    /// <summary>The training examples of each article, by name.</summary>
    /// <param name="articles">The articles to read.</param>
    /// <param name="progress">Where to report each article.</param>
    /// <param name="withoutSupport">True to also compute each answerable question's candidates without its support (<see cref="TrainingExample.WithoutSupport"/>).</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<TrainingExample>>> ExamplesAsync(
        IEnumerable<CollectionArticle> articles, IProgress<string>? progress = null, bool withoutSupport = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var examples = new Dictionary<string, IReadOnlyList<TrainingExample>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            using var workspace = ArticleWorkspace.Open(article.CorpusPath, Path.Combine(dataRoot, article.Name), null, shared, configuration);
            var questions = new List<EvalQuestion>();
            foreach (var file in article.QuestionFiles)
                questions.AddRange((await QuestionSet.ReadAsync(file, cancellationToken).ConfigureAwait(false)).Select(q => q with { Id = $"{Path.GetFileName(file)}:{q.Id}" }));
            examples[article.Name] = await TrainingSetBuilder.BuildAsync(article.Name, workspace, questions, withoutSupport, cancellationToken).ConfigureAwait(false);
            progress?.Report($"{article.Name}: {questions.Count} questions");
        }

        return examples;
    }

    /// <summary>
    /// The training articles in groups held out together for out-of-fold predictions: one group per
    /// article when <paramref name="folds"/> is null (leave one article out), else that many groups, the
    /// articles dealt in name order. Every article is in exactly one group.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Folds(IReadOnlyList<string> training, int? folds)
    {
        ArgumentNullException.ThrowIfNull(training);
        if (folds is { } n && (n < 2 || n > training.Count))
            throw new ArgumentOutOfRangeException(nameof(folds), n, $"Folds must be from 2 to the number of training articles ({training.Count}).");
        var ordered = training.Order(StringComparer.Ordinal).ToList();
        var count = folds ?? ordered.Count;
        return Enumerable.Range(0, count).Select(f => (IReadOnlyList<string>)ordered.Where((_, i) => i % count == f).ToList()).ToList();
    }

    /// <summary>Trains on the training articles of <paramref name="articles"/>.</summary>
    /// <param name="articles">The split.</param>
    /// <param name="examples">The training articles' examples.</param>
    /// <param name="settings">The answer settings the policy is scored with.</param>
    /// <param name="progress">Where to report each fold.</param>
    /// <param name="folds">Groups of articles for the out-of-fold predictions; null for one per article (what the shipped model used).</param>
    /// <param name="withoutSupportWeight">The weight of the questions shown without their supporting sentences (<see cref="RankerTrainer.Fit"/>); 0 for none, as shipped.</param>
    /// <param name="listwise">True to order each question's candidates with a second, listwise model (<see cref="RankerTrainer.FitOrder"/>); false as shipped.</param>
    public TrainingOutcome Train(
        IReadOnlyList<CollectionArticle> articles, IReadOnlyDictionary<string, IReadOnlyList<TrainingExample>> examples, AnswerOptions settings,
        IProgress<string>? progress = null, int? folds = null, double withoutSupportWeight = 0, bool listwise = false)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(examples);
        var training = articles.Where(a => a.Role == SplitRole.Training).Select(a => a.Name).ToList();
        if (training.Count < 2) throw new InvalidDataException("Training needs at least two training articles in the split.");

        var predicted = new List<PredictedExample>();
        foreach (var held in Folds(training, folds))
        {
            var fold = training.Except(held).SelectMany(t => examples[t]).ToList();
            var model = RankerTrainer.Fit(fold, new AnswerPolicy(), withoutSupportWeight, listwise);
            predicted.AddRange(held.SelectMany(h => examples[h]).Select(e => PredictedExample.Of(e, model)));
            progress?.Report($"out of fold: {string.Join(", ", held)}");
        }

        var chosen = PolicySearch.Choose(predicted, settings);
        var all = training.SelectMany(t => examples[t]).ToList();
        var final = RankerTrainer.Fit(all, chosen.Policy, withoutSupportWeight, listwise);
        var settingsOfFit = new Dictionary<string, object>
        {
            ["training_articles"] = training,
            ["validation_articles"] = articles.Where(a => a.Role == SplitRole.Validation).Select(a => a.Name).ToList(),
            ["questions"] = all.Count,
            ["candidates"] = all.Sum(e => e.Candidates.Count),
            ["seed"] = RankerTrainer.Seed,
            // The vectors the features were computed from ("MiniLM", "MiniLM-int8"): retraining needs the same.
            ["embedding"] = EmbeddingModelId.Of(shared.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>()) ?? "unknown",
            ["folds"] = folds is { } n ? n : "one per training article",
            ["out_of_fold"] = new Dictionary<string, double>
            {
                [EvalMetrics.AnswerAccuracy] = Math.Round(chosen.AnswerAccuracy, 4),
                [EvalMetrics.CitationPrecision] = Math.Round(chosen.CitationPrecision, 4),
                [EvalMetrics.AbstentionAccuracy] = Math.Round(chosen.AbstentionAccuracy, 4),
                ["false_abstention_rate"] = Math.Round(chosen.FalseAbstentions, 4),
            },
        };
        if (withoutSupportWeight > 0) settingsOfFit["without_support_weight"] = withoutSupportWeight;
        if (listwise) settingsOfFit["order"] = "listwise (LambdaMART)";
        var provenance = JsonSerializer.SerializeToElement(settingsOfFit);
        var perArticle = predicted.GroupBy(p => p.Example.Article)
            .ToDictionary(g => g.Key, g => PolicySearch.Score(g.ToList(), chosen.Policy, settings), StringComparer.Ordinal);
        return new TrainingOutcome(final with { Provenance = provenance }, chosen, perArticle, predicted);
    }

    /// <summary>
    /// A ranker fitted on every article but <paramref name="heldOut"/>, with <paramref name="policy"/>: leave-one-article-out;
    /// with a listwise order when <paramref name="listwise"/> (as the shipped model has one or not).
    /// </summary>
    public static RankerModel TrainWithout(
        string heldOut, IReadOnlyDictionary<string, IReadOnlyList<TrainingExample>> examples, AnswerPolicy policy, bool listwise = false)
    {
        ArgumentNullException.ThrowIfNull(examples);
        return RankerTrainer.Fit(examples.Where(e => e.Key != heldOut).SelectMany(e => e.Value).ToList(), policy, listwise: listwise);
    }
}
