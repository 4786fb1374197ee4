using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using ArticleQA.Core;
using ArticleQA.Core.Answering;
using ArticleQA.Core.Embeddings;
using ArticleQA.Core.Storage;
using ArticleQA.Evaluation.Running;
using Microsoft.Extensions.AI;
using Spectre.Console;

namespace ArticleQA.Cli.Commands;

/// <summary>
/// <c>bench [--runs N] [--out FILE]</c>: cold start to first answer (child processes, index on disk),
/// ingest time, warm per-question latency split into embed, retrieve and answer, embedding alone,
/// and peak memory. Medians of repeated runs; <c>--out</c> also writes them as JSON.
/// </summary>
internal sealed class BenchCommand(
    IAnsiConsole console, IndexProvider provider, IEmbeddingGenerator<string, Embedding<float>> generator, ArticleMemory memory,
    Microsoft.Extensions.Options.IOptions<ArticleQA.Core.ArticleQAOptions> articleOptions) : ICommand
{
    /// <summary>The build configuration of this program ("Release", "Debug").</summary>
    public static string BuildConfiguration =>
        typeof(BenchCommand).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "unknown";

    public async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        var runs = int.TryParse(line.Option("--runs") ?? "5", CultureInfo.InvariantCulture, out var r) && r is > 0 and <= 100
            ? r
            : throw new UsageException("--runs takes a whole number from 1 to 100");
        var output = line.Option("--out") is { } path ? OutputPaths.CheckFile("--out", path) : null;
        line.RejectUnknown();
        if (!BuildConfiguration.Equals("Release", StringComparison.OrdinalIgnoreCase))
            Console.Error.WriteLine($"articleqa: bench is measuring a {BuildConfiguration} build, which is slower; for figures to quote run: dotnet run --project src/ArticleQA.Cli -c Release -- bench");

        var clock = Stopwatch.StartNew();
        generator.GetService<OnnxEmbeddingGenerator>()?.WarmUp();
        var modelLoad = clock.Elapsed.TotalMilliseconds;

        var ingest = new List<double>();
        for (var i = 0; i < runs; i++)
            ingest.Add((await provider.IngestAsync(force: true, cancellationToken)).Elapsed.TotalMilliseconds);

        var cold = new List<double>();
        for (var i = 0; i < runs; i++) cold.Add(ColdStart());

        var questions = await BenchQuestionsAsync(articleOptions.Value, cancellationToken);
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

        BenchMeasure[] measures =
        [
            new("cold_start", "cold start to first answer (process, index on disk)", cold),
            new("ingest", "ingest the corpus (parse, chunk, embed, save)", ingest),
            new("warm_answer", "warm question: whole answer", total),
            new("warm_embed", "  embed", embed),
            new("warm_retrieve", "  retrieve", retrieve),
            new("warm_answer_stage", "  answer", answer),
            new("embed_alone", "embed the question alone", embedAlone),
        ];
        var table = CliConsole.Table().AddColumns("measure", "p50 (ms)", "p95 (ms)", "samples");
        foreach (var m in measures) table.AddRow(Markup.Escape(m.Label), Format(m.P50), Format(m.P95), m.Values.Count.ToString(CultureInfo.InvariantCulture));
        console.Write(table);

        var peakMiB = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576;
        var machine = $"{Environment.ProcessorCount} cores, {Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0)} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
        console.MarkupLine($"model load: {Format(modelLoad)} ms; peak working set: {Environment.WorkingSet / 1048576} MiB now, {peakMiB} MiB peak");
        console.MarkupLine($"machine: {Markup.Escape(machine)}; build: {Markup.Escape(BuildConfiguration)}");
        if (output is not null) await WriteAsync(output, measures, modelLoad, peakMiB, machine, cancellationToken);
        return CliApp.Ok;
    }

    private static async Task WriteAsync(string path, BenchMeasure[] measures, double modelLoad, long peakMiB, string machine, CancellationToken cancellationToken)
    {
        var document = new Dictionary<string, object>
        {
            ["build"] = BuildConfiguration,
            ["machine"] = machine,
            ["dotnet"] = Environment.Version.ToString(),
            ["model_load_ms"] = Math.Round(modelLoad, 1),
            ["peak_working_set_mib"] = peakMiB,
        };
        foreach (var m in measures)
        {
            document[$"{m.Key}_p50_ms"] = Math.Round(m.P50, 2);
            document[$"{m.Key}_p95_ms"] = Math.Round(m.P95, 2);
            document[$"{m.Key}_samples"] = m.Values.Count;
        }

        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }), cancellationToken);
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

    /// <summary>One measured quantity: its JSON key, its label in the table, its samples in ms.</summary>
    private sealed record BenchMeasure(string Key, string Label, List<double> Values)
    {
        private List<double> Sorted { get; } = Values.Order().ToList();

        public double P50 => EvalMetrics.Percentile(Sorted, 0.5);

        public double P95 => EvalMetrics.Percentile(Sorted, 0.95);
    }
}
