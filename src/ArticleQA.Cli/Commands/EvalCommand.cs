using System.Globalization;
using ArticleQA.Core.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ArticleQA.Cli.Commands;

/// <summary><c>eval QUESTIONS.jsonl --out RESULTS.json</c>: answers a question set and scores it.</summary>
internal sealed class EvalCommand(IServiceProvider services)
{
    public async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        var output = line.Option("--out");
        var report = line.Option("--report");
        line.RejectUnknown();
        if (line.Arguments.Count != 1 || output is null)
            throw new UsageException("eval QUESTIONS.jsonl --out RESULTS.json [--report DIR]");

        var questions = await QuestionSet.ReadAsync(line.Arguments[0], cancellationToken);
        var runner = services.GetRequiredService<EvalRunner>();
        EvalResults? results = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Answering {questions.Count} questions", maxValue: questions.Count);
                results = await runner.RunAsync(questions, progress: new Progress<ResultItem>(_ => task.Increment(1)), cancellationToken: cancellationToken);
                task.Value = questions.Count;
            });

        await EvalRunner.WriteAsync(output, results!, cancellationToken);
        if (report is not null)
        {
            await ReportWriter.WriteAsync(report, questions, results!, cancellationToken);
            AnsiConsole.MarkupLine($"[grey]report written to {Markup.Escape(Path.GetFullPath(report))}[/]");
        }
        PrintSummary(results!);
        AnsiConsole.MarkupLine($"[grey]results written to {Markup.Escape(Path.GetFullPath(output))}[/]");
        return CliApp.Ok;
    }

    private static void PrintSummary(EvalResults results)
    {
        if (results.Summary is null)
        {
            AnsiConsole.MarkupLine("[grey]The set has no expectations: answers written, nothing scored.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("metric", "value");
        foreach (var (name, value) in results.Summary)
            table.AddRow(name, value.ToString(name.EndsWith("_ms", StringComparison.Ordinal) || name.EndsWith("length", StringComparison.Ordinal) || name.EndsWith("questions", StringComparison.Ordinal) ? "0.#" : "0.000", CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
    }
}
