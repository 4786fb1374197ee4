using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ArticleQA.Bot.Bots;

/// <summary>The Bot Framework adapter, with an error handler that logs and apologises without details.</summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    private readonly string? _appId;

    /// <summary>Creates the adapter over the configured Bot Framework authentication.</summary>
    public AdapterWithErrorHandler(BotFrameworkAuthentication auth, IConfiguration configuration, ILogger<AdapterWithErrorHandler> logger)
        : base(auth, logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _appId = configuration["MicrosoftAppId"] is { Length: > 0 } appId ? appId : null;
        OnTurnError = async (turnContext, exception) =>
        {
            if (IsDeliveryFailure(exception))
            {
                // The channel's serviceUrl refused, redirected, timed out or was not allowed: an apology
                // would go the same way. One line, no stack trace: the cause is outside this host.
                logger.LogWarning("A reply in conversation {ConversationId} could not be delivered: {Problem}",
                    turnContext.Activity.Conversation?.Id, exception.GetType().Name + ": " + exception.Message.Split('\n')[0]);
                return;
            }

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

    /// <summary>True when <paramref name="exception"/> says that posting to the channel failed, not the bot.</summary>
    internal static bool IsDeliveryFailure(Exception exception) =>
        exception is HttpRequestException or TaskCanceledException or TimeoutException or Microsoft.Rest.RestException
        || (exception.InnerException is { } inner && IsDeliveryFailure(inner));

    /// <summary>
    /// Runs an activity that reached the host through its own Direct Line endpoint, whose token the
    /// endpoint has already checked, through the same turn pipeline as <c>/api/messages</c>. Each
    /// reply is handed to <paramref name="onReplies"/> the moment the bot sends it (so a typing
    /// indicator arrives before the answer), and otherwise only buffered
    /// (<c>deliveryMode: expectReplies</c>) instead of being posted to a channel's serviceUrl.
    /// </summary>
    public async Task ProcessInProcessAsync(Activity activity, IBot bot, Func<IReadOnlyList<Activity>, Task> onReplies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(onReplies);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        // The identity a channel's token would give: the bot's own app id as the audience, or
        // anonymous when none is configured. No token is fetched: replies are not sent anywhere.
        var identity = _appId is null
            ? new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType)
            : new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, _appId)], "DirectLine");
        var request = new AuthenticateRequestResult
        {
            ClaimsIdentity = identity,
            Audience = AuthenticationConstants.ToChannelFromBotOAuthScope,
            ConnectorFactory = BotFrameworkAuthentication.CreateConnectorFactory(identity),
        };

        await ProcessActivityAsync(request, activity, async (turnContext, turnCancellation) =>
        {
            // Registered on the turn itself, so the error handler's apology is caught too.
            turnContext.OnSendActivities(async (_, replies, next) =>
            {
                await onReplies(replies).ConfigureAwait(false);
                return await next().ConfigureAwait(false);
            });
            await bot.OnTurnAsync(turnContext, turnCancellation).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }
}
