using System.Globalization;
using System.Text.Json;
using ArticleQA.Evaluation.Gates;
using ArticleQA.Evaluation.Running;

namespace ArticleQA.Cli.Commands;

/// <summary>The options of <c>eval</c>, all checked before anything runs (a bad one is exit code 2).</summary>
internal sealed record EvalArguments(
    string Questions,
    string Output,
    string? Report,
    string? Compare,
    IReadOnlyList<MetricGate> Gates,
    string? BaselinePath,
    EvalResults? Baseline,
    int Parallelism,
    Uri? Endpoint)
{
    public const string Usage =
        "eval QUESTIONS.jsonl --out RESULTS.json [--corpus DIR] [--report DIR] [--compare all|NAME,…] [--min METRIC=VALUE]… [--baseline OLD.json] [--parallel N] [--endpoint URL]";

    public static async Task<EvalArguments> ParseAsync(CommandLine line, CancellationToken cancellationToken)
    {
        var output = line.Option("--out");
        var report = line.Option("--report");
        var compare = line.Option("--compare");
        var mins = line.Options("--min");
        var baseline = line.Option("--baseline");
        var parallel = line.Option("--parallel");
        var endpoint = line.Option("--endpoint");
        _ = line.Option("--corpus"); // read by CliApp, which builds the host over that corpus
        line.RejectUnknown();
        if (line.Arguments.Count != 1 || output is null) throw new UsageException(Usage);

        var gates = new List<MetricGate>();
        foreach (var min in mins)
        {
            try
            {
                gates.Add(MetricGate.Parse(min));
            }
            catch (FormatException e)
            {
                throw new UsageException(e.Message);
            }
        }

        var parallelism = 1;
        if (parallel is not null && (!int.TryParse(parallel, NumberStyles.None, CultureInfo.InvariantCulture, out parallelism) || parallelism is < 1 or > 64))
            throw new UsageException($"--parallel takes a whole number from 1 to 64, not '{parallel}'");

        Uri? endpointUri = null;
        if (endpoint is not null)
        {
            if (!Uri.TryCreate(endpoint, UriKind.Absolute, out endpointUri) || endpointUri.Scheme is not ("http" or "https"))
                throw new UsageException($"--endpoint takes the bot's http(s) URL, such as http://localhost:3978/api/messages, not '{endpoint}'");
            if (compare is not null) throw new UsageException("--endpoint evaluates one running bot; it cannot be combined with --compare");
        }

        // Where the results go is checked last of the options and before any question is answered.
        OutputPaths.CheckFile("--out", output);
        if (report is not null) OutputPaths.CheckFolder("--report", report);
        return new EvalArguments(line.Arguments[0], output, report, compare, gates, baseline,
            baseline is null ? null : await ReadBaselineAsync(baseline, cancellationToken), parallelism, endpointUri);
    }

    private static async Task<EvalResults> ReadBaselineAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = File.OpenRead(path);
            var results = await JsonSerializer.DeserializeAsync<EvalResults>(file, cancellationToken: cancellationToken);
            return results?.Items is not null ? results : throw new UsageException($"--baseline {path}: not a results document (no \"items\")");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--baseline {path}: cannot read it ({e.Message})");
        }
        catch (JsonException e)
        {
            throw new UsageException($"--baseline {path}: not a results document ({e.Message})");
        }
    }
}
