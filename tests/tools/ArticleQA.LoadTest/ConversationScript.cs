namespace ArticleQA.LoadTest;

/// <summary>One turn of a scripted conversation and a phrase its answer must contain.</summary>
/// <param name="Question">What the user sends.</param>
/// <param name="Expected">A phrase the reply must contain (case-insensitive).</param>
/// <param name="IsFollowUp">True when the turn can only be answered from the conversation's history.</param>
public sealed record ScriptedTurn(string Question, string Expected, bool IsFollowUp);

/// <summary>
/// The turns every conversation plays, in order, repeating after the last: each follow-up points
/// back to the turn before it, so a correct follow-up proves the history arrived complete.
/// </summary>
public static class ConversationScript
{
    /// <summary>The turns, cycled.</summary>
    public static readonly IReadOnlyList<ScriptedTurn> Turns =
    [
        new("Who is Lei Jun?", "Xiaomi", false),
        new("How much has his company invested in R&D?", "105 billion", true),
        new("Who is Pan Jiaofeng?", "Pan Jiaofeng", false),
        new("What does he think economically developed provinces like Jiangsu should do?", "seize the opportunity", true),
    ];

    /// <summary>The turn at zero-based position <paramref name="index"/>.</summary>
    public static ScriptedTurn At(int index) => Turns[index % Turns.Count];
}
