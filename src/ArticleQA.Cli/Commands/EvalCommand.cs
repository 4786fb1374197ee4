using ArticleQA.Core;
using ArticleQA.Core.Embeddings;
using ArticleQA.Core.Retrieval;
using ArticleQA.Evaluation.Comparison;
using ArticleQA.Evaluation.Endpoint;
using ArticleQA.Evaluation.Gates;
using ArticleQA.Evaluation.Judges;
using ArticleQA.Evaluation.Reports;
using ArticleQA.Evaluation.Running;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ArticleQA.Cli.Commands;

/// <summary>
/// <c>eval QUESTIONS.jsonl --out RESULTS.json</c>: answers a question set and scores it; with
/// <c>--compare</c> several configurations side by side, <c>--endpoint</c> a running bot,
/// <c>--report</c> the reports, <c>--baseline</c> the change, <c>--min</c> a gate (exit code 1).
/// </summary>
/// <param name="hosts">Builds a host with configuration overrides, for <c>--compare</c>.</param>
internal sealed class EvalCommand(
    IAnsiConsole console,
    EvalRunner runner,
    IConfiguration configuration,
    IOptions<ArticleQAOptions> articleOptions,
    IOptions<RetrievalOptions> retrievalOptions,
    EmbeddingModelInfo embeddingModel,
    ConfiguredLlm llm,
    CliHost hosts) : ICommand
{
    private const string PromptsPathKey = "ArticleQA:PromptsPath";

    public async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        var arguments = await EvalArguments.ParseAsync(line, cancellationToken);
        var configured = Configured();
        var (configurations, skipped) = arguments.Compare is null
            ? ([EvalConfigurations.Primary(configured)], [])
            : SelectConfigurations(configured, arguments.Compare);
        var questions = await QuestionSet.ReadAsync(arguments.Questions, cancellationToken);
        if (arguments.Gates.Count > 0 && !questions.Any(q => q.Expected is not null))
            throw new UsageException("--min needs a question set with expectations; this one has none");
        var notes = skipped.Select(s => $"{s.Name}: skipped — {s.Reason}").ToList();
        var paragraphs = new ParagraphSource(RepositoryPaths.Resolve(articleOptions.Value.CorpusPath));

        List<EvalResults> runs;
        try
        {
            runs = await RunAllAsync(arguments, configurations, questions, paragraphs, cancellationToken);
        }
        catch (EndpointException e)
        {
            Console.Error.WriteLine($"articleqa: {e.Message}");
            return CliApp.Failed;
        }

        if (arguments.Endpoint is not null)
            notes.Add("Black-box run through the bot endpoint: retrieval is not visible, so the retrieval metrics are 0; a reply without citations counts as an abstention.");
        runs[0] = await JudgeAsync(runs[0], notes, cancellationToken);

        await EvalRunner.WriteAsync(arguments.Output, runs[0], cancellationToken);
        for (var i = 1; i < runs.Count; i++)
            await EvalRunner.WriteAsync(EvalConfigurations.ResultsPath(arguments.Output, configurations[i]), runs[i], cancellationToken);

        var report = new EvalReport(questions, runs)
        {
            Baseline = arguments.Baseline is { } old ? BaselineDiff.Compare(arguments.BaselinePath!, questions, old, runs[0]) : null,
            Notes = notes,
            Paragraphs = paragraphs,
        };
        EvalConsole.Print(console, report);
        if (arguments.Report is not null)
        {
            await ReportWriter.WriteAsync(arguments.Report, report, cancellationToken);
            console.MarkupLine($"[grey]report written to {Markup.Escape(Path.GetFullPath(Path.Combine(arguments.Report, "report.html")))}[/]");
        }

        console.MarkupLine($"[grey]results written to {Markup.Escape(Path.GetFullPath(arguments.Output))}{(runs.Count > 1 ? $" (and {runs.Count - 1} more beside it)" : "")}[/]");
        return Gate(arguments.Gates, runs[0]);
    }

    private async Task<List<EvalResults>> RunAllAsync(
        EvalArguments arguments, IReadOnlyList<EvalConfiguration> configurations, IReadOnlyList<EvalQuestion> questions,
        ParagraphSource paragraphs, CancellationToken cancellationToken)
    {
        var runs = new List<EvalResults>();
        var tasks = new List<ProgressTask>();
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                IProgress<ResultItem> Track(string name)
                {
                    var task = progress.AddTask($"{Markup.Escape(name)}: {questions.Count} questions", maxValue: questions.Count);
                    tasks.Add(task);
                    return new Progress<ResultItem>(_ => task.Increment(1));
                }

                if (arguments.Endpoint is { } endpoint)
                {
                    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(100) };
                    var evaluator = new BotEndpointEvaluator(http, endpoint, paragraphs);
                    runs.Add(await evaluator.RunAsync(questions, Track(endpoint.ToString()), arguments.Parallelism, cancellationToken));
                }
                else if (arguments.Compare is null)
                {
                    var results = await runner.RunAsync(
                        questions, progress: Track(configurations[0].Name), parallelism: arguments.Parallelism, cancellationToken: cancellationToken);
                    runs.Add(results with { ConfigName = configurations[0].Name });
                }
                else
                {
                    var comparison = new ComparisonRunner(overrides => hosts.Build(overrides));
                    runs.AddRange(await comparison.RunAsync(questions, configurations, c => Track(c.Name), arguments.Parallelism, cancellationToken));
                }

                foreach (var task in tasks) task.Value = task.MaxValue;
            });
        return runs;
    }

    private async Task<EvalResults> JudgeAsync(EvalResults results, List<string> notes, CancellationToken cancellationToken)
    {
        // The LLM seam: when ArticleQA:Llm:Provider names a model, its host registers an IChatClient or
        // Semantic Kernel's IChatCompletionService; either one judges.
        var chat = Configured().HasLlm ? llm.ChatClient : null;
        if (chat is null)
        {
            notes.Add($"LLM-judge metrics (groundedness, relevance): skipped — no LLM configured ({EvalConfigurations.LlmProviderKey} is none).");
            return results;
        }

        var prompts = RepositoryPaths.Resolve(configuration[PromptsPathKey] ?? "prompts");
        var judges = await LlmJudges.CreateAsync(chat, prompts, cancellationToken);
        return await judges.ScoreAsync(results, cancellationToken);
    }

    private EvalConfigurations.Configured Configured()
    {
        return new EvalConfigurations.Configured(
            retrievalOptions.Value.Mode,
            embeddingModel.Name,
            configuration[EvalConfigurations.LlmProviderKey]);
    }

    private static (IReadOnlyList<EvalConfiguration>, IReadOnlyList<SkippedConfiguration>) SelectConfigurations(EvalConfigurations.Configured configured, string names)
    {
        try
        {
            return EvalConfigurations.Select(configured, names);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private int Gate(IReadOnlyList<MetricGate> gates, EvalResults primary)
    {
        if (gates.Count == 0 || primary.Summary is null) return CliApp.Ok;
        var failures = MetricGate.Failures(gates, primary.Summary);
        foreach (var failure in failures) Console.Error.WriteLine($"articleqa: gate failed: {failure}");
        if (failures.Count == 0) console.MarkupLine($"[green]all {gates.Count} --min gates met[/]");
        return failures.Count == 0 ? CliApp.Ok : CliApp.Failed;
    }
}
