using System.Diagnostics;
using System.Globalization;
using ArticleQA.Core;
using ArticleQA.Core.Answering;
using ArticleQA.Core.Embeddings;
using ArticleQA.Core.Evaluation;
using ArticleQA.Core.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ArticleQA.Cli.Commands;

/// <summary>
/// <c>bench [--runs N]</c>: cold start to first answer (child processes, index on disk), ingest
/// time, warm per-question latency split into embed, retrieve and answer, embedding alone, and
/// peak memory. Medians of repeated runs.
/// </summary>
internal sealed class BenchCommand(IServiceProvider services)
{
    public async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        var runs = int.TryParse(line.Option("--runs") ?? "5", CultureInfo.InvariantCulture, out var r) && r is > 0 and <= 100
            ? r
            : throw new UsageException("--runs takes a whole number from 1 to 100");
        line.RejectUnknown();

        var provider = services.GetRequiredService<IndexProvider>();
        var generator = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var memory = services.GetRequiredService<ArticleMemory>();
        var clock = Stopwatch.StartNew();
        (generator as OnnxEmbeddingGenerator)?.WarmUp();
        var modelLoad = clock.Elapsed.TotalMilliseconds;

        var ingest = new List<double>();
        for (var i = 0; i < runs; i++)
            ingest.Add((await provider.IngestAsync(force: true, cancellationToken)).Elapsed.TotalMilliseconds);

        var cold = new List<double>();
        for (var i = 0; i < runs; i++) cold.Add(ColdStart());

        var questions = await BenchQuestionsAsync(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ArticleQA.Core.ArticleQAOptions>>().Value, cancellationToken);
        foreach (var q in questions.Take(5)) await memory.AskAsync(q, cancellationToken: cancellationToken);
        var total = new List<double>();
        var embed = new List<double>();
        var retrieve = new List<double>();
        var answer = new List<double>();
        var embedAlone = new List<double>();
        for (var round = 0; round < runs; round++)
        {
            foreach (var question in questions)
            {
                clock.Restart();
                var result = await memory.AskAsync(question, cancellationToken: cancellationToken);
                total.Add(clock.Elapsed.TotalMilliseconds);
                embed.Add(result.Timings.Embed);
                retrieve.Add(result.Timings.Retrieve);
                answer.Add(result.Timings.Answer);

                clock.Restart();
                await generator.GenerateAsync([question], cancellationToken: cancellationToken);
                embedAlone.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("measure", "p50 (ms)", "p95 (ms)", "samples");
        void Row(string name, List<double> values)
        {
            var sorted = values.Order().ToList();
            table.AddRow(name, Format(EvalMetrics.Percentile(sorted, 0.5)), Format(EvalMetrics.Percentile(sorted, 0.95)), values.Count.ToString(CultureInfo.InvariantCulture));
        }

        Row("cold start to first answer (process, index on disk)", cold);
        Row("ingest the corpus (parse, chunk, embed, save)", ingest);
        Row("warm question: whole answer", total);
        Row("  embed", embed);
        Row("  retrieve", retrieve);
        Row("  answer", answer);
        Row("embed the question alone", embedAlone);
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"model load: {Format(modelLoad)} ms; peak working set: {Environment.WorkingSet / 1048576} MiB now, {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB peak");
        AnsiConsole.MarkupLine($"machine: {Environment.ProcessorCount} cores, {Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0)} GiB, {Markup.Escape(System.Runtime.InteropServices.RuntimeInformation.OSDescription)}, .NET {Environment.Version}");
        return CliApp.Ok;
    }

    private static string Format(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture);

    private static async Task<IReadOnlyList<string>> BenchQuestionsAsync(ArticleQA.Core.ArticleQAOptions options, CancellationToken cancellationToken)
    {
        // The first question set beside the corpus, else the configured example questions.
        var folder = Path.Combine(RepositoryPaths.Resolve(options.CorpusPath), "questions");
        var path = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).FirstOrDefault() : null;
        if (path is null) return options.Examples;
        return (await QuestionSet.ReadAsync(path, cancellationToken)).Where(q => q.History is null).Select(q => q.Question).ToList();
    }

    /// <summary>Runs this program once as a new process answering one question; wall time in ms.</summary>
    private static double ColdStart()
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot find this program's path");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(BenchCommand).Assembly.Location);
        foreach (var arg in new[] { "ask", "What is the article about?", "--json" }) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"the cold-start run exited with {process.ExitCode}");
        return clock.Elapsed.TotalMilliseconds;
    }
}
