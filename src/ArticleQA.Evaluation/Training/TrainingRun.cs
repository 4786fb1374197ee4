using System.Text.Json;
using ArticleQA.Core.Answering;
using ArticleQA.Evaluation.Collection;
using ArticleQA.Evaluation.Running;
using Microsoft.Extensions.Configuration;

namespace ArticleQA.Evaluation.Training;

/// <summary>What training produced: the model and how its policy did out of fold on the training articles.</summary>
/// <param name="Model">The ranker, fitted on every training article.</param>
/// <param name="OutOfFold">The chosen policy's score on predictions for each training article by a model fitted without it.</param>
/// <param name="PerArticle">The same score for each training article alone.</param>
public sealed record TrainingOutcome(RankerModel Model, PolicyScore OutOfFold, IReadOnlyDictionary<string, PolicyScore> PerArticle);

/// <summary>
/// Training end to end: the examples of every article (features from the model-free pipeline), a
/// fit per training article without it for out-of-fold probabilities, the answer policy chosen on
/// those, and the final fit on all training articles. Validation articles are never read here.
/// </summary>
public sealed class TrainingRun(IServiceProvider shared, IConfiguration configuration, string dataRoot)
{
    /// <summary>The training examples of each article, by name.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<TrainingExample>>> ExamplesAsync(
        IEnumerable<CollectionArticle> articles, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var examples = new Dictionary<string, IReadOnlyList<TrainingExample>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            using var workspace = ArticleWorkspace.Open(article.CorpusPath, Path.Combine(dataRoot, article.Name), null, shared, configuration);
            var questions = new List<EvalQuestion>();
            foreach (var file in article.QuestionFiles)
                questions.AddRange((await QuestionSet.ReadAsync(file, cancellationToken).ConfigureAwait(false)).Select(q => q with { Id = $"{Path.GetFileName(file)}:{q.Id}" }));
            examples[article.Name] = await TrainingSetBuilder.BuildAsync(article.Name, workspace, questions, cancellationToken).ConfigureAwait(false);
            progress?.Report($"{article.Name}: {questions.Count} questions");
        }

        return examples;
    }

    /// <summary>Trains on the training articles of <paramref name="articles"/>.</summary>
    public TrainingOutcome Train(
        IReadOnlyList<CollectionArticle> articles, IReadOnlyDictionary<string, IReadOnlyList<TrainingExample>> examples, AnswerOptions settings, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(examples);
        var training = articles.Where(a => a.Role == SplitRole.Training).Select(a => a.Name).ToList();
        if (training.Count < 2) throw new InvalidDataException("Training needs at least two training articles in the split.");

        var predicted = new List<PredictedExample>();
        foreach (var held in training)
        {
            var model = RankerTrainer.Fit(training.Where(t => t != held).SelectMany(t => examples[t]).ToList(), new AnswerPolicy());
            predicted.AddRange(examples[held].Select(e => new PredictedExample(e, e.Candidates.Select(c => model.Probability(c.Features)).ToList())));
            progress?.Report($"out of fold: {held}");
        }

        var chosen = PolicySearch.Choose(predicted, settings);
        var all = training.SelectMany(t => examples[t]).ToList();
        var final = RankerTrainer.Fit(all, chosen.Policy);
        var provenance = JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["training_articles"] = training,
            ["validation_articles"] = articles.Where(a => a.Role == SplitRole.Validation).Select(a => a.Name).ToList(),
            ["questions"] = all.Count,
            ["candidates"] = all.Sum(e => e.Candidates.Count),
            ["seed"] = RankerTrainer.Seed,
            ["out_of_fold"] = new Dictionary<string, double>
            {
                [EvalMetrics.AnswerAccuracy] = Math.Round(chosen.AnswerAccuracy, 4),
                [EvalMetrics.CitationPrecision] = Math.Round(chosen.CitationPrecision, 4),
                [EvalMetrics.AbstentionAccuracy] = Math.Round(chosen.AbstentionAccuracy, 4),
                ["false_abstention_rate"] = Math.Round(chosen.FalseAbstentions, 4),
            },
        });
        var perArticle = predicted.GroupBy(p => p.Example.Article)
            .ToDictionary(g => g.Key, g => PolicySearch.Score(g.ToList(), chosen.Policy, settings), StringComparer.Ordinal);
        return new TrainingOutcome(final with { Provenance = provenance }, chosen, perArticle);
    }

    /// <summary>A ranker fitted on every article but <paramref name="heldOut"/>, with <paramref name="policy"/>: leave-one-article-out.</summary>
    public static RankerModel TrainWithout(string heldOut, IReadOnlyDictionary<string, IReadOnlyList<TrainingExample>> examples, AnswerPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(examples);
        return RankerTrainer.Fit(examples.Where(e => e.Key != heldOut).SelectMany(e => e.Value).ToList(), policy);
    }
}
