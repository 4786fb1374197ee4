using ArticleQA.Core.Conversation;
using Microsoft.Bot.Builder;

namespace ArticleQA.Bot.State;

/// <summary>
/// Reads and changes a conversation's <see cref="ConversationHistory"/> in <see cref="ConversationState"/>,
/// so that a turn goes on when the store is down (it answers without context and says so) and
/// two instances writing one conversation at once both keep their turn (on an ETag conflict the
/// change is applied again to the newer history).
/// </summary>
public sealed class ConversationHistoryStore(ConversationState state, ILogger<ConversationHistoryStore> logger)
{
    private const int Attempts = 3;
    private readonly IStatePropertyAccessor<ConversationHistory> _history = state.CreateProperty<ConversationHistory>("history");

    /// <summary>A copy of the conversation's history, or null when the store cannot be reached.</summary>
    public async Task<ConversationHistory?> ReadAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        try
        {
            var history = await _history.GetAsync(turnContext, () => new ConversationHistory(), cancellationToken).ConfigureAwait(false);
            return new ConversationHistory { Turns = [.. history.Turns] };
        }
        catch (StateStoreUnavailableException e)
        {
            logger.LogWarning("Conversation state unavailable when reading conversation {ConversationId}: {Problem}",
                turnContext.Activity.Conversation?.Id, e.InnerException?.GetType().Name ?? e.Message);
            return null;
        }
    }

    /// <summary>Applies <paramref name="change"/> to the stored history and saves it; false when it could not be saved.</summary>
    public async Task<bool> UpdateAsync(ITurnContext turnContext, Action<ConversationHistory> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (attempt > 1) await state.LoadAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
                var history = await _history.GetAsync(turnContext, () => new ConversationHistory(), cancellationToken).ConfigureAwait(false);
                change(history);
                await _history.SetAsync(turnContext, history, cancellationToken).ConfigureAwait(false);
                await state.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (ETagConflictException) when (attempt < Attempts)
            {
                logger.LogInformation("Conversation {ConversationId} was written by another turn meanwhile; applying this turn again (attempt {Attempt})",
                    turnContext.Activity.Conversation?.Id, attempt + 1);
            }
            catch (Exception e) when (e is StateStoreUnavailableException or ETagConflictException)
            {
                logger.LogWarning("Could not save conversation {ConversationId}: {Problem}",
                    turnContext.Activity.Conversation?.Id, e is ETagConflictException ? "written by other turns each time" : e.InnerException?.GetType().Name ?? e.Message);
                return false;
            }
        }
    }
}
