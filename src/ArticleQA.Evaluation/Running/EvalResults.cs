using System.Text.Json.Serialization;

namespace ArticleQA.Evaluation.Running;

/// <summary>A citation as the results format writes it.</summary>
public sealed record ResultCitation(
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("paragraph")] int Paragraph,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("relevance")] double Relevance);

/// <summary>A retrieved passage as the results format writes it.</summary>
public sealed record ResultPassage(
    [property: JsonPropertyName("rank")] int Rank,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("paragraph")] int Paragraph,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("score")] double Score);

/// <summary>One answered question of a results document.</summary>
public sealed record ResultItem
{
    /// <summary>Question id.</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }

    /// <summary>The question.</summary>
    [JsonPropertyName("question")] public required string Question { get; init; }

    /// <summary>The answer text with markers.</summary>
    [JsonPropertyName("answer")] public required string Answer { get; init; }

    /// <summary>True when the system said the article does not answer.</summary>
    [JsonPropertyName("abstained")] public bool Abstained { get; init; }

    /// <summary>Citations behind the markers.</summary>
    [JsonPropertyName("citations")] public IReadOnlyList<ResultCitation> Citations { get; init; } = [];

    /// <summary>Retrieved passages, best first.</summary>
    [JsonPropertyName("retrieved")] public IReadOnlyList<ResultPassage> Retrieved { get; init; } = [];

    /// <summary>Wall time for the final question.</summary>
    [JsonPropertyName("latency_ms")] public double LatencyMs { get; init; }

    /// <summary>Where the time went.</summary>
    [JsonPropertyName("timings_ms")] public IReadOnlyDictionary<string, double> TimingsMs { get; init; } = new Dictionary<string, double>();

    /// <summary>Which answerer answered.</summary>
    [JsonPropertyName("answerer")] public string? Answerer { get; init; }

    /// <summary>How the answer was made when that needs telling (such as a fallback).</summary>
    [JsonPropertyName("notice")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Notice { get; init; }

    /// <summary>Why it abstained, when it did.</summary>
    [JsonPropertyName("no_result_reason")] public string? NoResultReason { get; init; }

    /// <summary>The question made standalone, for follow-ups.</summary>
    [JsonPropertyName("standalone_question")] public string? StandaloneQuestion { get; init; }

    /// <summary>Labels copied from the question set.</summary>
    [JsonPropertyName("tags")] public IReadOnlyList<string>? Tags { get; init; }
}

/// <summary>The configuration a results document was produced with.</summary>
public sealed record ResultConfig(
    [property: JsonPropertyName("answerer")] string Answerer,
    [property: JsonPropertyName("retrieval")] string Retrieval,
    [property: JsonPropertyName("embedding_model")] string EmbeddingModel,
    [property: JsonPropertyName("top_k")] int TopK);

/// <summary>A results document (see docs/eval-format.md).</summary>
public sealed record EvalResults(
    [property: JsonPropertyName("config")] ResultConfig Config,
    [property: JsonPropertyName("items")] IReadOnlyList<ResultItem> Items,
    [property: JsonPropertyName("summary")] IReadOnlyDictionary<string, double>? Summary)
{
    /// <summary>An extension of the format: the summary metrics per tag of the question set.</summary>
    [JsonPropertyName("summary_by_tag")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, Dictionary<string, double>>? SummaryByTag { get; init; }

    /// <summary>An extension of the format: the name of the configuration (see <c>eval --compare</c>).</summary>
    [JsonPropertyName("config_name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ConfigName { get; init; }
}
