using System.Globalization;
using System.Text.Json;
using ArticleQA.Core.Answering;
using ArticleQA.Evaluation.Collection;
using ArticleQA.Evaluation.Running;
using ArticleQA.Evaluation.Training;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ArticleQA.Cli.Commands;

/// <summary>
/// <c>eval-collection [--split FILE] [--out RESULTS.json] [--report DIR] [--leave-one-out]</c>: answers every
/// question set of the development collection, each article over its own index, beside the BM25
/// sentence picker; prints per-article and pooled metrics. With <c>--leave-one-out</c> each article
/// is answered by a ranker trained on all the others.
/// </summary>
internal sealed class EvalCollectionCommand(IServiceProvider services) : ICommand
{
    public const string Usage = "eval-collection [--split FILE] [--out RESULTS.json] [--report DIR] [--leave-one-out]";

    private static readonly string[] Shown =
        [EvalMetrics.AnswerAccuracy, EvalMetrics.CitationPrecision, EvalMetrics.CitationRecall, EvalMetrics.AbstentionAccuracy, "false_abstention_rate"];

    public async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        var split = line.Option("--split");
        var output = line.Option("--out");
        var report = line.Option("--report");
        var leaveOneOut = line.Flag("--leave-one-out");
        line.RejectUnknown();
        if (line.Arguments.Count != 0) throw new UsageException(Usage);
        if (output is not null) output = OutputPaths.CheckFile("--out", output);
        if (report is not null) report = OutputPaths.CheckFolder("--report", report);
        var articles = CollectionPaths.Load(split);
        var configuration = services.GetRequiredService<IConfiguration>();
        var dataRoot = CollectionPaths.DataRoot(services);
        var progress = new Progress<string>(message => Console.Error.WriteLine($"  {message}"));

        Func<CollectionArticle, RankerModel> rankerFor;
        string modelName;
        if (leaveOneOut)
        {
            var shipped = services.GetRequiredService<RankerModel>();
            Console.Error.WriteLine("Reading every article's questions for leave-one-article-out…");
            var examples = await new TrainingRun(services, configuration, dataRoot).ExamplesAsync(articles, progress, cancellationToken: cancellationToken);
            rankerFor = article => TrainingRun.TrainWithout(article.Name, examples, shipped.Policy, shipped.Orders);
            modelName = "leave-one-article-out";
        }
        else
        {
            var model = services.GetRequiredService<RankerModel>();
            rankerFor = _ => model;
            modelName = services.GetRequiredService<IOptions<AnswerOptions>>().Value.ModelPath ?? "shipped";
        }

        Console.Error.WriteLine($"Answering {articles.Count} articles ({ArticleCollection.Describe(articles)})…");
        var results = await new CollectionEvaluator(services, configuration, dataRoot).EvaluateAsync(articles, rankerFor, modelName, progress, cancellationToken);
        var table = CollectionTable.Markdown(results, Shown);
        Console.WriteLine(table);
        if (output is not null)
        {
            await using var file = File.Create(output);
            await JsonSerializer.SerializeAsync(file, results, EvalRunner.JsonOptions, cancellationToken);
        }

        if (report is not null)
        {
            Directory.CreateDirectory(report);
            await File.WriteAllTextAsync(Path.Combine(report, "collection.md"), $"# Collection evaluation ({modelName})\n\n{table}", cancellationToken);
        }

        return CliApp.Ok;
    }
}
