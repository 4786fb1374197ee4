namespace ArticleQA.Core.Conversation;

/// <summary>One exchange of a conversation, as much as follow-ups need.</summary>
/// <param name="Question">What the user asked.</param>
/// <param name="Standalone">The question resolved against earlier turns.</param>
/// <param name="Answer">The answer text.</param>
/// <param name="Names">Names the question and its answer mentioned, most salient first.</param>
/// <param name="Paragraphs">Paragraphs the answer cited, as "source#paragraph".</param>
public sealed record ConversationTurn(string Question, string Standalone, string Answer, IReadOnlyList<string> Names, IReadOnlyList<string> Paragraphs);

/// <summary>
/// The recent turns of one conversation, oldest first, bounded in length. Plain data, so a
/// host can keep it anywhere (memory, Bot Framework state, Redis).
/// </summary>
public sealed class ConversationHistory
{
    /// <summary>Most turns kept.</summary>
    public const int DefaultMaxTurns = 8;

    /// <summary>The kept turns, oldest first.</summary>
    public List<ConversationTurn> Turns { get; set; } = [];

    /// <summary>The latest turn, or null.</summary>
    public ConversationTurn? Last => Turns.Count > 0 ? Turns[^1] : null;

    /// <summary>Adds a turn, dropping the oldest beyond <paramref name="maxTurns"/>.</summary>
    public void Add(ConversationTurn turn, int maxTurns = DefaultMaxTurns)
    {
        ArgumentNullException.ThrowIfNull(turn);
        Turns.Add(turn);
        if (Turns.Count > maxTurns) Turns.RemoveRange(0, Turns.Count - maxTurns);
    }

    /// <summary>Forgets every turn.</summary>
    public void Reset() => Turns.Clear();
}
