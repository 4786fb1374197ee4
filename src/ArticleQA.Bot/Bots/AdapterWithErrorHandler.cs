using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ArticleQA.Bot.Bots;

/// <summary>The Bot Framework adapter, with an error handler that logs and apologises without details.</summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    /// <summary>Creates the adapter over the configured Bot Framework authentication.</summary>
    public AdapterWithErrorHandler(BotFrameworkAuthentication auth, ILogger<AdapterWithErrorHandler> logger)
        : base(auth, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(exception, "Unhandled error in conversation {ConversationId}", turnContext.Activity.Conversation?.Id);
            try
            {
                // The user sees an apology only; the exception stays in the log.
                await turnContext.SendActivityAsync("Sorry, something went wrong while I was answering. Please try again.");
            }
            catch (Exception sendFailure)
            {
                // The last resort: whatever stops the apology too (an unreachable channel, an activity the
                // connector cannot address) is logged, and the turn ends instead of failing the request.
                logger.LogError(sendFailure, "Could not deliver the apology in conversation {ConversationId}", turnContext.Activity.Conversation?.Id);
            }
        };
    }
}
