using System.Text;
using ArticleQA.Bot.Replies;
using ArticleQA.Bot.Streaming;
using ArticleQA.Core.Answering;
using ArticleQA.Core.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ArticleQA.Bot.Bots;

/// <summary>
/// The conversation: welcomes new members, keeps each conversation's history in
/// <see cref="ConversationState"/>, and hands questions to <see cref="ArticleMemory"/>.
/// </summary>
public sealed class ArticleQABot(
    ArticleMemory memory,
    ConversationState conversationState,
    CitedReplyFactory replies,
    ArticleCatalog catalog,
    ILogger<ArticleQABot> logger,
    TeamsStreamingReply? streaming = null) : ActivityHandler
{
    /// <summary>The invoke Teams sends when a user gives feedback on a message.</summary>
    public const string FeedbackInvokeName = "message/submitAction";

    /// <summary>Questions the welcome and help messages suggest.</summary>
    public static readonly IReadOnlyList<string> ExampleQuestions =
    [
        "How much has Xiaomi invested in R&D?",
        "Who is Lei Jun?",
        "What are new quality productive forces?",
    ];

    private readonly IStatePropertyAccessor<ConversationHistory> _history = conversationState.CreateProperty<ConversationHistory>("history");

    /// <inheritdoc />
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        // In Teams channels the text starts with an <at>mention</at> of the bot.
        var text = ((Activity)turnContext.Activity).RemoveRecipientMention()?.Trim() ?? "";
        var history = await _history.GetAsync(turnContext, () => new ConversationHistory(), cancellationToken);

        switch (text.ToLowerInvariant())
        {
            case "/reset" or "reset":
                history.Reset();
                await turnContext.SendActivityAsync("I have forgotten our conversation. Ask me anything about the article.", cancellationToken: cancellationToken);
                return;
            case "help" or "/help" or "?":
                await turnContext.SendActivityAsync(await IntroductionAsync(cancellationToken), cancellationToken: cancellationToken);
                return;
        }

        if (streaming?.Applies(turnContext) == true)
        {
            var streamed = await streaming.SendAsync(turnContext, text, history, cancellationToken);
            logger.LogInformation("Streamed an answer in conversation {ConversationId}: answerer={Answerer}", turnContext.Activity.Conversation?.Id, streamed.Answerer);
            return;
        }

        await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
        var answer = await memory.AskAsync(text, history, cancellationToken: cancellationToken);
        logger.LogInformation(
            "Answered in conversation {ConversationId}: noResult={NoResult} reason={Reason} citations={Citations}",
            turnContext.Activity.Conversation?.Id, answer.NoResult, answer.NoResultReason, answer.Citations.Count);
        var reply = await replies.CreateAsync(answer, turnContext.Activity.ChannelId, cancellationToken);
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id)) return;
        await turnContext.SendActivityAsync(await IntroductionAsync(cancellationToken), cancellationToken: cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name != FeedbackInvokeName) return await base.OnInvokeActivityAsync(turnContext, cancellationToken);

        // Teams sends {"actionName":"feedback","actionValue":{"reaction":"like"|"dislike","feedback":"{\"feedbackText\":…}"}}.
        var action = (turnContext.Activity.Value as JObject)?["actionValue"] as JObject;
        logger.LogInformation(
            "Feedback on {ReplyToId} in conversation {ConversationId}: reaction={Reaction} feedback={Feedback}",
            turnContext.Activity.ReplyToId, turnContext.Activity.Conversation?.Id,
            action?["reaction"]?.ToString() ?? "none", action?["feedback"]?.ToString() ?? "");
        return new InvokeResponse { Status = StatusCodes.Status200OK };
    }

    private async Task<IMessageActivity> IntroductionAsync(CancellationToken cancellationToken)
    {
        var titles = await catalog.TitlesAsync(cancellationToken);
        var text = new StringBuilder()
            .Append("Hello! I answer questions about the article \"").AppendJoin("\", \"", titles)
            .Append("\", quoting the sentences I rely on, and I say so when the article does not tell.\n\nTry:");
        foreach (var question in ExampleQuestions) text.Append("\n- ").Append(question);
        text.Append("\n\nType /reset to start over, or help to see this again.");
        return MessageFactory.Text(text.ToString());
    }
}
