using ArticleQA.Core.Retrieval;

namespace ArticleQA.Evaluation.Comparison;

/// <summary>
/// One configuration of <c>eval --compare</c>: a name and a set of configuration overrides
/// (keys as in appsettings, such as <c>ArticleQA:Retrieval:Mode</c>) applied over the configured
/// settings, optionally with a retriever that replaces the configured one.
/// </summary>
/// <param name="Name">File-name safe, such as <c>bm25-minilm</c>; results go to <c>RESULTS.&lt;name&gt;.json</c>.</param>
/// <param name="Description">What differs, for tables and reports.</param>
/// <param name="Settings">Configuration overrides; empty for the configured (primary) configuration.</param>
public sealed record EvalConfiguration(string Name, string Description, IReadOnlyDictionary<string, string?> Settings)
{
    /// <summary>Creates the retriever that replaces the configured one, or null to keep it.</summary>
    public Func<IChunkRanker>? Ranker { get; init; }
}

/// <summary>A configuration that was not run, and why.</summary>
public sealed record SkippedConfiguration(string Name, string Reason);
