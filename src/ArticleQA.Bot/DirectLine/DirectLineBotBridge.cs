using ArticleQA.Bot.Bots;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace ArticleQA.Bot.DirectLine;

/// <summary>
/// Carries Direct Line activities to the bot and its replies back into the transcript. Each turn
/// goes through the same <see cref="AdapterWithErrorHandler"/> and <see cref="IBot"/> as
/// <c>/api/messages</c>, with <c>deliveryMode: expectReplies</c>; each reply lands in the transcript
/// as the bot sends it, instead of being posted to a channel's serviceUrl.
/// </summary>
public sealed class DirectLineBotBridge(AdapterWithErrorHandler adapter, IServiceProvider services, IHostApplicationLifetime lifetime, Microsoft.Extensions.Options.IOptions<DirectLineOptions> options)
{
    /// <summary>The bot as Direct Line clients see it.</summary>
    public static ChannelAccount BotAccount => new("articleqa-bot", "ArticleQA", RoleTypes.Bot);

    /// <summary>Tells the bot, once, that the user and the bot joined (the bot welcomes the user).</summary>
    public async Task StartAsync(DirectLineConversation conversation, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await conversation.TurnLock.WaitAsync(lifetime.ApplicationStopping).ConfigureAwait(false);
        try
        {
            if (conversation.Started) return;
            conversation.Started = true;
            var user = UserAccount(conversation);
            var update = new Activity
            {
                Type = ActivityTypes.ConversationUpdate,
                Id = Guid.NewGuid().ToString("N"),
                Timestamp = DateTimeOffset.UtcNow,
                From = user,
                MembersAdded = [BotAccount, user],
            };
            await RunTurnAsync(conversation, update, serviceUrl).ConfigureAwait(false);
        }
        finally
        {
            conversation.TurnLock.Release();
        }
    }

    /// <summary>
    /// Adds the user's activity to the transcript (the echo clients wait for), runs the bot's turn
    /// on it and adds the replies. Returns the activity's server id.
    /// </summary>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity activity, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        await StartAsync(conversation, serviceUrl).ConfigureAwait(false);

        // The turn goes on when the client hangs up: its answer is still read from the transcript.
        await conversation.TurnLock.WaitAsync(lifetime.ApplicationStopping).ConfigureAwait(false);
        try
        {
            Address(activity, conversation, serviceUrl);
            // Whatever the client claims, what it posts comes from the user, never from the bot.
            if (activity.From is not { Id.Length: > 0 }) activity.From = UserAccount(conversation);
            activity.From.Role = RoleTypes.User;
            activity.Recipient = BotAccount;
            activity.DeliveryMode = null;
            // The transcript keeps a trimmed copy; the bot reads the activity as posted.
            var stored = TranscriptTrim.Fit(activity, options.Value);
            var id = conversation.Append([stored])[0];
            activity.Id = id;
            activity.Timestamp = stored.Timestamp;
            await RunTurnAsync(conversation, DirectLineJson.Clone(activity), serviceUrl).ConfigureAwait(false);
            return id;
        }
        finally
        {
            conversation.TurnLock.Release();
        }
    }

    private async Task RunTurnAsync(DirectLineConversation conversation, Activity activity, string serviceUrl)
    {
        Address(activity, conversation, serviceUrl);
        activity.Recipient = BotAccount;
        var bot = services.GetRequiredService<IBot>();
        await adapter.ProcessInProcessAsync(activity, bot, sent =>
        {
            // Copies: the adapter still owns the activities it is sending.
            var replies = sent.Select(DirectLineJson.Clone).ToList();
            foreach (var reply in replies)
            {
                Address(reply, conversation, serviceUrl);
                reply.From = BotAccount;
                reply.Recipient = activity.From;
                reply.DeliveryMode = null;
            }

            conversation.Append(replies);
            return Task.CompletedTask;
        }, lifetime.ApplicationStopping).ConfigureAwait(false);
    }

    private static void Address(Activity activity, DirectLineConversation conversation, string serviceUrl)
    {
        activity.ChannelId = Channels.Directline;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.ServiceUrl = serviceUrl;
    }

    private static ChannelAccount UserAccount(DirectLineConversation conversation) => new(conversation.UserId, role: RoleTypes.User);
}
