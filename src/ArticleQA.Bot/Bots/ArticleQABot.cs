using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text;
using ArticleQA.Bot.Hosting;
using ArticleQA.Bot.Replies;
using ArticleQA.Bot.State;
using ArticleQA.Bot.Streaming;
using ArticleQA.Core.Answering;
using ArticleQA.Core.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ArticleQA.Bot.Bots;

/// <summary>
/// The conversation: welcomes new members, keeps each conversation's history through
/// <see cref="ConversationHistoryStore"/>, and hands questions to <see cref="ArticleMemory"/>.
/// When the state store is down it still answers, without context, and says so in one line.
/// </summary>
public sealed class ArticleQABot(
    ArticleMemory memory,
    ConversationHistoryStore historyStore,
    CitedReplyFactory replies,
    ArticleCatalog catalog,
    ILogger<ArticleQABot> logger,
    TeamsStreamingReply? streaming = null) : ActivityHandler
{
    /// <summary>The invoke Teams sends when a user gives feedback on a message.</summary>
    public const string FeedbackInvokeName = "message/submitAction";

    /// <summary>The one line added to a reply when the conversation's context could not be read or kept.</summary>
    public const string ContextMayBeLost = "(My conversation memory is unavailable right now, so I may lose the context of this conversation; single questions still work.)";

    /// <inheritdoc />
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var conversationId = turnContext.Activity.Conversation?.Id;
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["ConversationId"] = conversationId });
        var clock = Stopwatch.StartNew();
        await base.OnTurnAsync(turnContext, cancellationToken);
        BotTelemetry.TurnDuration.Record(clock.Elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("activity.type", turnContext.Activity.Type));
        logger.LogInformation(
            "Turn {ActivityType} in conversation {ConversationId} on {ChannelId} took {ElapsedMs:F1} ms",
            turnContext.Activity.Type, conversationId, turnContext.Activity.ChannelId, clock.Elapsed.TotalMilliseconds);
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        // In Teams channels the text starts with an <at>mention</at> of the bot.
        var text = Mentions.WithoutRecipientMention(turnContext.Activity).Trim();
        logger.LogDebug("Message in conversation {ConversationId}: {Text}", turnContext.Activity.Conversation?.Id, text);

        switch (text.ToLowerInvariant())
        {
            case "/reset" or "reset":
                var reset = await historyStore.UpdateAsync(turnContext, h => h.Reset(), cancellationToken);
                await turnContext.SendActivityAsync("I have forgotten our conversation. Ask me anything about the article.", cancellationToken: cancellationToken);
                if (!reset) await SayContextMayBeLostAsync(turnContext, cancellationToken);
                return;
            case "help" or "/help" or "?":
                await turnContext.SendActivityAsync(await IntroductionAsync(cancellationToken), cancellationToken: cancellationToken);
                return;
        }

        // Teams personal chats with a streaming model see the answer grow; everyone else gets typing, then the answer.
        var streamed = streaming?.Applies(turnContext) == true;
        if (!streamed) await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
        var history = await historyStore.ReadAsync(turnContext, cancellationToken);
        var working = history ?? new ConversationHistory();
        var lastBefore = working.Last;
        var answer = streamed
            ? await streaming!.SendAsync(turnContext, text, working, cancellationToken)
            : await memory.AskAsync(text, working, cancellationToken: cancellationToken);
        // The answer is computed on a copy; only the new turn is written back, re-applied on a conflict.
        var kept = history is not null;
        if (working.Last is { } turn && !ReferenceEquals(turn, lastBefore))
        {
            kept &= await historyStore.UpdateAsync(turnContext, h => h.Add(turn), cancellationToken);
        }

        logger.LogInformation(
            "Answered in conversation {ConversationId}: answerer={Answerer} streamed={Streamed} noResult={NoResult} reason={Reason} citations={Citations} followUp={FollowUp} contextKept={ContextKept} embedMs={EmbedMs:F1} retrieveMs={RetrieveMs:F1} answerMs={AnswerMs:F1}",
            turnContext.Activity.Conversation?.Id, answer.Answerer, streamed, answer.NoResult, answer.NoResultReason, answer.Citations.Count,
            answer.StandaloneQuestion is not null, kept, answer.Timings.Embed, answer.Timings.Retrieve, answer.Timings.Answer);
        if (!streamed)
        {
            var reply = await replies.CreateAsync(answer, turnContext.Activity.ChannelId, cancellationToken);
            await turnContext.SendActivityAsync(reply, cancellationToken);
        }

        if (!kept) await SayContextMayBeLostAsync(turnContext, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!membersAdded.Any(m => m is not null && m.Id != turnContext.Activity.Recipient?.Id)) return;
        await turnContext.SendActivityAsync(await IntroductionAsync(cancellationToken), cancellationToken: cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name != FeedbackInvokeName) return await base.OnInvokeActivityAsync(turnContext, cancellationToken);

        // Teams sends {"actionName":"feedback","actionValue":{"reaction":"like"|"dislike","feedback":"{\"feedbackText\":…}"}}.
        // The reaction is logged; the user's own words go to Debug only.
        var action = (turnContext.Activity.Value as JObject)?["actionValue"] as JObject;
        logger.LogInformation(
            "Feedback on {ReplyToId} in conversation {ConversationId}: reaction={Reaction}",
            turnContext.Activity.ReplyToId, turnContext.Activity.Conversation?.Id, action?["reaction"]?.ToString() ?? "none");
        logger.LogDebug("Feedback on {ReplyToId}: {Feedback}", turnContext.Activity.ReplyToId, action?["feedback"]?.ToString() ?? "");
        return new InvokeResponse { Status = StatusCodes.Status200OK };
    }

    private static async Task SayContextMayBeLostAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        BotTelemetry.ContextLost.Add(1);
        await turnContext.SendActivityAsync(ContextMayBeLost, cancellationToken: cancellationToken);
    }

    private async Task<IMessageActivity> IntroductionAsync(CancellationToken cancellationToken)
    {
        var titles = await catalog.TitlesAsync(cancellationToken);
        var text = new StringBuilder()
            .Append("Hello! I answer questions about the article \"").AppendJoin("\", \"", titles)
            .Append("\", quoting the sentences I rely on, and I say so when the article does not tell.\n\nTry:");
        foreach (var question in catalog.ExampleQuestions) text.Append("\n- ").Append(question);
        text.Append("\n\nType /reset to start over, or help to see this again.");
        return MessageFactory.Text(text.ToString());
    }
}
