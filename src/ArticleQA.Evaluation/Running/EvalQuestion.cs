using System.Text.Json.Serialization;

namespace ArticleQA.Evaluation.Running;

/// <summary>What a right answer looks like (see docs/eval-format.md).</summary>
public sealed record EvalExpectation
{
    /// <summary>Groups of alternatives; every group needs one alternative in the answer.</summary>
    [JsonPropertyName("contains")]
    public IReadOnlyList<IReadOnlyList<string>>? Contains { get; init; }

    /// <summary>Exact quotes of the article that justify the answer.</summary>
    [JsonPropertyName("support")]
    public IReadOnlyList<string>? Support { get; init; }

    /// <summary>A reference answer.</summary>
    [JsonPropertyName("answer")]
    public string? Answer { get; init; }

    /// <summary>True when the right behaviour is to abstain.</summary>
    [JsonPropertyName("unanswerable")]
    public bool Unanswerable { get; init; }
}

/// <summary>One line of a question set.</summary>
public sealed record EvalQuestion
{
    /// <summary>Unique id.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The user's message.</summary>
    [JsonPropertyName("question")]
    public required string Question { get; init; }

    /// <summary>Earlier user messages of the conversation, oldest first.</summary>
    [JsonPropertyName("history")]
    public IReadOnlyList<string>? History { get; init; }

    /// <summary>The expectation, or null when the question is only answered.</summary>
    [JsonPropertyName("expected")]
    public EvalExpectation? Expected { get; init; }

    /// <summary>Free labels.</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Has <c>contains</c> and is not marked unanswerable.</summary>
    [JsonIgnore]
    public bool IsAnswerable => Expected is { Contains: not null, Unanswerable: false };

    /// <summary>Marked unanswerable.</summary>
    [JsonIgnore]
    public bool IsUnanswerable => Expected is { Unanswerable: true };
}
