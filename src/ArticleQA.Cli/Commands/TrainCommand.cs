using System.Globalization;
using ArticleQA.Core.Answering;
using ArticleQA.Evaluation.Collection;
using ArticleQA.Evaluation.Training;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ArticleQA.Cli.Commands;

/// <summary>
/// <c>train [--split FILE] [--out MODEL.json] [--folds N]</c>: fits the answer ranker on the training articles of
/// the split (deterministic: one thread, a fixed seed) and writes the model file that ships with
/// the program; rebuild to embed it. The answer policy is chosen on out-of-fold predictions, one fold
/// per article unless <c>--folds N</c> asks for N groups of articles (faster, for experiments);
/// <c>--predictions</c> writes what that policy did with each training question, for error analysis;
/// <c>--compare-split</c> also scores the out-of-fold predictions of only the training articles another split
/// file lists, so that a run with more articles is compared with an earlier run on the same questions.
/// </summary>
internal sealed class TrainCommand(IServiceProvider services) : ICommand
{
    public const string Usage = "train [--split FILE] [--out MODEL.json] [--folds N] [--predictions FILE.jsonl] [--compare-policy T/S/N] [--compare-split FILE] [--without-support W] [--listwise]";

    public async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        var split = line.Option("--split");
        var output = line.Option("--out") ?? CollectionPaths.DefaultModel;
        int? folds = line.Option("--folds") is { } f
            ? int.TryParse(f, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 2 and <= 1000 ? n : throw new UsageException("--folds takes a whole number from 2 to the number of training articles")
            : null;
        var predictions = line.Option("--predictions");
        AnswerPolicy? compared = null;
        if (line.Option("--compare-policy") is { } policyText)
            compared = PolicyText.Parse(policyText, out var problem) ?? throw new UsageException($"--compare-policy: {problem}");
        var compareSplit = line.Option("--compare-split");
        var withoutSupport = line.Option("--without-support") is { } w
            ? double.TryParse(w, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight) && weight is >= 0 and <= 10 ? weight : throw new UsageException("--without-support takes a weight from 0 to 10")
            : 0;
        var listwise = line.Flag("--listwise");
        line.RejectUnknown();
        if (line.Arguments.Count != 0) throw new UsageException(Usage);
        output = OutputPaths.CheckFile("--out", output);
        if (predictions is not null) predictions = OutputPaths.CheckFile("--predictions", predictions);
        var articles = CollectionPaths.Load(split);
        var comparedArticles = compareSplit is null ? null : ComparedArticles(articles, CollectionPaths.Load(compareSplit), compareSplit);

        var run = new TrainingRun(services, services.GetRequiredService<IConfiguration>(), CollectionPaths.DataRoot(services));
        var progress = new Progress<string>(message => Console.Error.WriteLine($"  {message}"));
        Console.Error.WriteLine("Reading the training articles' questions…");
        var training = articles.Where(a => a.Role == SplitRole.Training).ToList();
        if (folds > training.Count) throw new UsageException($"--folds {folds} is more than the {training.Count} training articles");
        var examples = await run.ExamplesAsync(training, progress, withoutSupport > 0, cancellationToken);
        var settings = services.GetRequiredService<IOptions<AnswerOptions>>().Value;
        Console.Error.WriteLine($"Fitting ({(folds is null ? "one model per training article" : $"one model per each of {folds} groups of articles")} for out-of-fold scores, then the final one)…");
        var outcome = run.Train(articles, examples, settings, progress, folds, withoutSupport, listwise);

        await using (var file = File.Create(output)) outcome.Model.Save(file);
        if (predictions is not null) await OutOfFoldFile.WriteAsync(predictions, outcome.Predicted, outcome.Model.Policy, settings, cancellationToken);
        var s = outcome.OutOfFold;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trained on {training.Count} articles, {examples.Values.Sum(e => e.Count)} questions; policy: abstain below {s.Policy.AbstainBelow:0.00}, join at {s.Policy.JoinShare:0.00} of the best, at most {s.Policy.MaxSentences} sentences"));
        Console.WriteLine($"out of fold on the training articles: {Pooled(s)}");
        // The same out-of-fold predictions under another policy: a feature's worth at a fixed operating point.
        if (compared is not null)
            Console.WriteLine($"out of fold at policy {PolicyText.Format(compared)}: {Pooled(PolicySearch.Score(outcome.Predicted, compared, settings))}");

        if (comparedArticles is not null)
        {
            var subset = outcome.Predicted.Where(p => comparedArticles.Contains(p.Example.Article)).ToList();
            var what = $"out of fold on the {comparedArticles.Count} training articles of {compareSplit}";
            Console.WriteLine($"{what}: {Pooled(PolicySearch.Score(subset, s.Policy, settings))}");
            if (compared is not null)
                Console.WriteLine($"{what} at policy {PolicyText.Format(compared)}: {Pooled(PolicySearch.Score(subset, compared, settings))}");
        }

        foreach (var (article, score) in outcome.PerArticle)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {article}: answer {score.AnswerAccuracy:0.000}, precision {score.CitationPrecision:0.000}, abstention {score.AbstentionAccuracy:0.000}, false abstentions {score.FalseAbstentions:0.000}"));
        Console.WriteLine($"wrote {output}");
        if (predictions is not null) Console.WriteLine($"wrote {predictions}");
        return CliApp.Ok;
    }

    // The training articles of the compared split, every one of which must train in this run too.
    private static HashSet<string> ComparedArticles(IReadOnlyList<CollectionArticle> articles, IReadOnlyList<CollectionArticle> other, string file)
    {
        var names = TrainingNames(other);
        if (names.Count == 0 || !names.IsSubsetOf(TrainingNames(articles)))
            throw new UsageException($"--compare-split {file}: its training articles must all be training articles of this run");
        return names;

        static HashSet<string> TrainingNames(IEnumerable<CollectionArticle> split) =>
            split.Where(a => a.Role == SplitRole.Training).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
    }

    private static string Pooled(PolicyScore s) => string.Create(CultureInfo.InvariantCulture,
        $"answer_accuracy {s.AnswerAccuracy:0.000}, citation_precision {s.CitationPrecision:0.000}, abstention_accuracy {s.AbstentionAccuracy:0.000}, false abstentions {s.FalseAbstentions:0.000}; objective {s.Objective:0.0000}");
}
