using ArticleQA.Core;
using ArticleQA.Evaluation.Running;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace ArticleQA.Evaluation.Judges;

/// <summary>
/// Adds LLM-judge metrics to a results document: <c>llm_groundedness</c> and <c>llm_relevance</c>
/// (mean judge score of the answered questions, 1-5 mapped to 0-1) and <c>llm_judged</c> (how many
/// answers were judged). Abstentions are not judged.
/// </summary>
public sealed class LlmJudges(IChatClient chatClient, IEvaluator groundedness, IEvaluator relevance)
{
    /// <summary>Summary key of the mean groundedness.</summary>
    public const string Groundedness = "llm_groundedness";

    /// <summary>Summary key of the mean relevance.</summary>
    public const string Relevance = "llm_relevance";

    /// <summary>The judges with their prompts read from <paramref name="promptsDirectory"/> (default: the repository's <c>prompts/</c>).</summary>
    public static async Task<LlmJudges> CreateAsync(IChatClient chatClient, string? promptsDirectory = null, CancellationToken cancellationToken = default)
    {
        var directory = promptsDirectory ?? RepositoryPaths.Resolve("prompts");
        var grounded = await File.ReadAllTextAsync(Path.Combine(directory, "judge-groundedness.txt"), cancellationToken).ConfigureAwait(false);
        var relevant = await File.ReadAllTextAsync(Path.Combine(directory, "judge-relevance.txt"), cancellationToken).ConfigureAwait(false);
        return new LlmJudges(chatClient, new GroundednessEvaluator(grounded), new RelevanceEvaluator(relevant));
    }

    /// <summary>Judges every answered item and returns the document with the judge metrics in its summary.</summary>
    public async Task<EvalResults> ScoreAsync(EvalResults results, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        var configuration = new ChatConfiguration(chatClient);
        var grounded = new List<double>();
        var relevant = new List<double>();
        foreach (var item in results.Items.Where(i => !i.Abstained))
        {
            ChatMessage[] question = [new(ChatRole.User, item.Question)];
            var answer = new ChatResponse(new ChatMessage(ChatRole.Assistant, item.Answer));
            var passages = new CitedPassagesContext(string.Join("\n\n", item.Citations.Select(c => $"[{c.N}] {c.Quote}")));
            var g = await groundedness.EvaluateAsync(question, answer, configuration, [passages], cancellationToken).ConfigureAwait(false);
            var r = await relevance.EvaluateAsync(question, answer, configuration, null, cancellationToken).ConfigureAwait(false);
            if (Value(g) is { } gv) grounded.Add(gv);
            if (Value(r) is { } rv) relevant.Add(rv);
        }

        var summary = new Dictionary<string, double>(results.Summary ?? new Dictionary<string, double>(), StringComparer.Ordinal)
        {
            [Groundedness] = Normalised(grounded),
            [Relevance] = Normalised(relevant),
            ["llm_judged"] = Math.Min(grounded.Count, relevant.Count),
        };
        return results with { Summary = summary };
    }

    private static double? Value(EvaluationResult result) =>
        result.Metrics.Values.OfType<NumericMetric>().FirstOrDefault()?.Value;

    private static double Normalised(List<double> scores) => scores.Count == 0 ? 0 : scores.Average(s => (s - 1) / 4);
}
