using System.Text;
using ArticleQA.Bot.Replies;
using ArticleQA.Core.Answering;
using ArticleQA.Core.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ArticleQA.Bot.Streaming;

/// <summary>
/// Streams an answer to Teams as a model writes it, in Teams' streaming sequence: an informative
/// update ("Reading the article…"), streaming updates carrying the cumulative text (at most one a
/// second), then the final message with its citations. Every update names the stream in a
/// <c>streaminfo</c> entity and in channelData. Used only when the answerer streams and the
/// conversation is a Teams personal chat (where Teams supports streaming); otherwise the bot
/// sends one cited message as before.
/// </summary>
public sealed class TeamsStreamingReply(ArticleMemory memory, IAnswerer answerer, CitedReplyFactory replies, TimeProvider clock)
{
    /// <summary>The entity type Teams reads stream information from.</summary>
    public const string StreamInfoType = "streaminfo";

    /// <summary>The text of the informative update.</summary>
    public const string InformativeText = "Reading the article…";

    /// <summary>Teams accepts about one streaming update a second.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(1);

    /// <summary>True when this turn can be streamed.</summary>
    public bool Applies(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return answerer is IStreamingAnswerer
            && activity.ChannelId == Channels.Msteams
            && activity.Conversation?.ConversationType == "personal"
            && activity.DeliveryMode != DeliveryModes.ExpectReplies;
    }

    /// <summary>Answers <paramref name="question"/> as a stream and returns the final answer.</summary>
    public async Task<Answer> SendAsync(ITurnContext turnContext, string question, ConversationHistory history, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var sequence = 1;
        var informative = Update(ActivityTypes.Typing, InformativeText, streamId: null, "informative", sequence);
        var sent = await turnContext.SendActivityAsync(informative, cancellationToken).ConfigureAwait(false);
        var streamId = sent?.Id ?? throw new InvalidOperationException("The channel gave the stream no id.");
        var lastUpdate = clock.GetUtcNow();

        var text = new StringBuilder();
        await foreach (var update in memory.AskStreamingAsync(question, history, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (update.Answer is { } answer)
            {
                var final = await replies.CreateAsync(answer, turnContext.Activity.ChannelId, cancellationToken).ConfigureAwait(false);
                MarkFinal(final, streamId);
                await turnContext.SendActivityAsync(final, cancellationToken).ConfigureAwait(false);
                return answer;
            }

            text.Append(update.Delta);
            var now = clock.GetUtcNow();
            if (now - lastUpdate < MinInterval) continue;
            lastUpdate = now;
            await turnContext.SendActivityAsync(Update(ActivityTypes.Typing, text.ToString(), streamId, "streaming", ++sequence), cancellationToken).ConfigureAwait(false);
        }

        throw new InvalidOperationException("The answer stream ended without an answer.");
    }

    private static Activity Update(string type, string text, string? streamId, string streamType, int sequence)
    {
        var info = StreamInfo(streamId, streamType);
        info.Properties["streamSequence"] = sequence;
        var channelData = new JObject { ["streamType"] = streamType, ["streamSequence"] = sequence };
        if (streamId is not null) channelData["streamId"] = streamId;
        return new Activity { Type = type, Text = text, Entities = [info], ChannelData = channelData };
    }

    private static void MarkFinal(Activity reply, string streamId)
    {
        reply.Entities = [.. reply.Entities ?? [], StreamInfo(streamId, "final")];
        var channelData = reply.ChannelData as JObject ?? [];
        channelData["streamId"] = streamId;
        channelData["streamType"] = "final";
        reply.ChannelData = channelData;
    }

    private static Entity StreamInfo(string? streamId, string streamType)
    {
        var entity = new Entity(StreamInfoType);
        if (streamId is not null) entity.Properties["streamId"] = streamId;
        entity.Properties["streamType"] = streamType;
        return entity;
    }
}
