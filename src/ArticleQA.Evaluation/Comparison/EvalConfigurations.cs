using ArticleQA.Core.Embeddings;
using ArticleQA.Core.Retrieval;
using ArticleQA.Evaluation.Retrieval;

namespace ArticleQA.Evaluation.Comparison;

/// <summary>
/// The configurations <c>eval --compare</c> knows: every retrieval mode with every embedding
/// model on the extractive answerer, Lucene.NET's BM25 as an independent retrieval peer, and the
/// LLM answerer when <c>ArticleQA:Llm:Provider</c> names one.
/// </summary>
public static class EvalConfigurations
{
    /// <summary>The setting that chooses the LLM answerer (owned by the LLM answerer; <c>none</c> by default).</summary>
    public const string LlmProviderKey = "ArticleQA:Llm:Provider";

    /// <summary>The value of <c>--compare</c> that runs every configuration.</summary>
    public const string All = "all";

    private const string ModeKey = "ArticleQA:Retrieval:Mode";
    private const string ModelKey = "ArticleQA:Embedding:Model";

    /// <summary>What the configured settings are, to name the primary configuration.</summary>
    /// <param name="Mode">Configured retrieval mode.</param>
    /// <param name="Model">Configured embedding model.</param>
    /// <param name="LlmProvider">Configured LLM provider, or null / <c>none</c>.</param>
    public sealed record Configured(RetrievalMode Mode, string Model, string? LlmProvider)
    {
        /// <summary>True when an LLM answerer is configured.</summary>
        public bool HasLlm => !string.IsNullOrWhiteSpace(LlmProvider) && !LlmProvider.Equals("none", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The configuration with no overrides: what <c>eval</c> runs and writes to <c>--out</c>.</summary>
    public static EvalConfiguration Primary(Configured configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var name = (configured.HasLlm ? "llm-" : "") + NameOf(configured.Mode, configured.Model);
        var answerer = configured.HasLlm ? $"LLM answerer ({configured.LlmProvider})" : "extractive answerer";
        return new EvalConfiguration(name, $"configured: {configured.Mode} retrieval, {configured.Model}, {answerer}", new Dictionary<string, string?>());
    }

    /// <summary>
    /// Every configuration to compare, the primary first, and the ones skipped with the reason.
    /// A configuration equal to the primary (same name) is not run twice.
    /// </summary>
    public static (IReadOnlyList<EvalConfiguration> Run, IReadOnlyList<SkippedConfiguration> Skipped) Catalog(Configured configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var primary = Primary(configured);
        var run = new List<EvalConfiguration> { primary };
        foreach (var model in EmbeddingModelInfo.All.Select(m => m.Name))
        {
            foreach (var mode in Enum.GetValues<RetrievalMode>())
                run.Add(Extractive(NameOf(mode, model), $"{mode} retrieval, {model}, extractive answerer", mode, model));
        }

        run.Add(Extractive(
            NameOf("lucene-bm25", EmbeddingModelInfo.MiniLM.Name), "Lucene.NET BM25 retrieval, MiniLM answerer", RetrievalMode.Bm25, EmbeddingModelInfo.MiniLM.Name)
            with { Ranker = () => new LuceneChunkRanker() });

        var skipped = new List<SkippedConfiguration>();
        // The LLM answerer is the primary when configured; otherwise there is nothing to run it with.
        if (!configured.HasLlm)
            skipped.Add(new SkippedConfiguration("llm", $"no LLM configured ({LlmProviderKey} is none); set it to compare the LLM answerer"));
        return (run.DistinctBy(c => c.Name, StringComparer.Ordinal).ToList(), skipped);
    }

    /// <summary>
    /// The configurations named in a <c>--compare</c> value (<c>all</c> or names separated by
    /// commas), the primary always first.
    /// </summary>
    /// <exception cref="ArgumentException">A name is not in the catalog; the message lists the known ones.</exception>
    public static (IReadOnlyList<EvalConfiguration> Run, IReadOnlyList<SkippedConfiguration> Skipped) Select(Configured configured, string names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var (catalog, skipped) = Catalog(configured);
        var wanted = names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (wanted.Length == 0 || wanted.Contains(All, StringComparer.OrdinalIgnoreCase)) return (catalog, skipped);

        var known = catalog.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        var unknown = wanted.FirstOrDefault(n => !known.ContainsKey(n) && !skipped.Any(s => s.Name.Equals(n, StringComparison.OrdinalIgnoreCase)));
        if (unknown is not null)
            throw new ArgumentException($"unknown configuration '{unknown}' for --compare; use 'all' or some of: {string.Join(", ", catalog.Select(c => c.Name))}");
        var chosen = catalog.Take(1).Concat(wanted.Where(known.ContainsKey).Select(n => known[n])).DistinctBy(c => c.Name).ToList();
        return (chosen, skipped.Where(s => wanted.Contains(s.Name, StringComparer.OrdinalIgnoreCase)).ToList());
    }

    /// <summary>Where the results of a compared configuration go: <c>RESULTS.&lt;name&gt;.json</c> beside <c>--out</c>.</summary>
    public static string ResultsPath(string primaryPath, EvalConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(primaryPath);
        ArgumentNullException.ThrowIfNull(configuration);
        var directory = Path.GetDirectoryName(primaryPath) ?? "";
        var extension = Path.GetExtension(primaryPath) is { Length: > 0 } e ? e : ".json";
        return Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(primaryPath)}.{configuration.Name}{extension}");
    }

    private static EvalConfiguration Extractive(string name, string description, RetrievalMode mode, string model) =>
        new(name, description, new Dictionary<string, string?>
        {
            [ModeKey] = mode.ToString(),
            [ModelKey] = model,
            [LlmProviderKey] = "none",
        });

    private static string NameOf(RetrievalMode mode, string model) => NameOf(mode.ToString(), model);

    private static string NameOf(string retrieval, string model) => $"{retrieval.ToLowerInvariant()}-{model.ToLowerInvariant()}";
}
