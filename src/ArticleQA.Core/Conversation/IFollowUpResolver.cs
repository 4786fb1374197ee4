namespace ArticleQA.Core.Conversation;

/// <summary>Makes a follow-up question standalone. The default uses rules; an LLM host may register another.</summary>
public interface IFollowUpResolver
{
    /// <summary>Resolves <paramref name="question"/> against <paramref name="history"/>.</summary>
    Task<ResolvedQuestion> ResolveAsync(string question, ConversationHistory? history, CancellationToken cancellationToken = default);
}

/// <summary>The rule-based resolver (<see cref="FollowUpResolver"/>), with no model.</summary>
public sealed class RuleFollowUpResolver : IFollowUpResolver
{
    /// <inheritdoc />
    public Task<ResolvedQuestion> ResolveAsync(string question, ConversationHistory? history, CancellationToken cancellationToken = default) =>
        Task.FromResult(FollowUpResolver.Resolve(question, history));
}
