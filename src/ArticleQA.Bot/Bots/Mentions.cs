using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ArticleQA.Bot.Bots;

/// <summary>
/// Takes the bot's own @mention out of a message's text (Teams channels start with one), reading the
/// mention entities defensively: a mention without text, without a mentioned account or of the wrong
/// shape is skipped, never an exception.
/// </summary>
public static class Mentions
{
    /// <summary>The text of <paramref name="activity"/> without the mentions of its recipient; empty when it has none.</summary>
    public static string WithoutRecipientMention(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        if (activity.Recipient?.Id is not { Length: > 0 } botId || activity.Entities is null) return text;
        foreach (var entity in activity.Entities)
        {
            if (entity?.Type != "mention" || entity.Properties is not JObject properties) continue;
            if (properties["mentioned"] is not JObject mentioned || mentioned["id"] is not JValue { Type: JTokenType.String } id || (string?)id != botId) continue;
            if (properties["text"] is JValue { Type: JTokenType.String } mention && (string?)mention is { Length: > 0 } mentionText)
                text = text.Replace(mentionText, "", StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }
}
