using System.Globalization;
using ArticleQA.LoadTest;

// articleqa-load --url http://127.0.0.1:3978 [--url …] [--conversations 50] [--turns 2] [--runs 1] [--warmup-runs 0] [--timeout 60] [--pid P …]
// Exit codes: 0 every turn answered as expected, 1 some turn failed, 2 bad usage.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync($"articleqa-load: {e.Message} Usage: --url URL [--url URL…] [--conversations N] [--turns M] [--runs R] [--warmup-runs W] [--timeout SECONDS] [--pid PID…]");
    return 2;
}

using var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
var runner = new LoadRunner(client);
await runner.WarmUpAsync(options);
for (var run = 1; run <= options.WarmUpRuns; run++)
{
    var report = await runner.RunAsync(options);
    Console.WriteLine($"warm-up run {run} (not counted): {report.Summary()}");
}

var reports = new List<LoadReport>();
for (var run = 1; run <= options.Runs; run++)
{
    var cpuBefore = options.ProcessIds.Select(ProcessCpu.Of).ToList();
    var clientBefore = ProcessCpu.Of(Environment.ProcessId);
    var report = await runner.RunAsync(options);
    reports.Add(report);
    Console.WriteLine($"run {run}: {report.Summary()}");
    var cpuAfter = options.ProcessIds.Select(ProcessCpu.Of).ToList();
    if (cpuBefore.Count > 0 && cpuBefore.Concat(cpuAfter).All(c => c is not null))
    {
        var used = cpuAfter.Zip(cpuBefore, (a, b) => (a!.Value - b!.Value).TotalMilliseconds).Sum();
        Console.WriteLine(report.CpuLine("bot", used));
    }

    if (clientBefore is not null && ProcessCpu.Of(Environment.ProcessId) is { } clientAfter)
    {
        Console.WriteLine(report.CpuLine("load client", (clientAfter - clientBefore.Value).TotalMilliseconds));
    }
}

if (reports.Count > 1)
{
    static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"median of {reports.Count} runs: {Median(reports.Select(r => r.Throughput)):F1} turns/s; p50 {Median(reports.Select(r => r.Percentile(50))):F0} ms, p95 {Median(reports.Select(r => r.Percentile(95))):F0} ms, p99 {Median(reports.Select(r => r.Percentile(99))):F0} ms; errors {reports.Sum(r => r.Errors)} in all; follow-ups correct {reports.Sum(r => r.FollowUps.Correct)}/{reports.Sum(r => r.FollowUps.Total)}"));
}

foreach (var pid in options.ProcessIds)
{
    Console.WriteLine(WorkingSet.MebibytesOf(pid) is { } mib
        ? string.Create(CultureInfo.InvariantCulture, $"bot working set after the load: process {pid} {mib:F0} MiB (VmRSS)")
        : $"bot working set after the load: process {pid} cannot be read");
}

return reports.All(r => r.Errors == 0) ? 0 : 1;
