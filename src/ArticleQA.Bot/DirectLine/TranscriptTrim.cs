using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ArticleQA.Bot.DirectLine;

/// <summary>
/// Fits a posted activity to what the transcript keeps: its text cut to
/// <see cref="DirectLineOptions.MaxStoredTextChars"/>, and when it is still larger than
/// <see cref="DirectLineOptions.MaxStoredActivityBytes"/>, only its type, text, sender and the
/// <c>clientActivityID</c> Web Chat matches its echo by.
/// </summary>
public static class TranscriptTrim
{
    /// <summary>The copy of <paramref name="activity"/> to store (the bot's turn still reads the original).</summary>
    public static Activity Fit(Activity activity, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(options);
        var stored = DirectLineJson.Clone(activity);
        if (stored.Text is { } text && text.Length > options.MaxStoredTextChars)
            stored.Text = text[..options.MaxStoredTextChars] + "…";
        if (JsonConvert.SerializeObject(stored, DirectLineJson.Settings).Length <= options.MaxStoredActivityBytes) return stored;

        var clientActivityId = (stored.ChannelData as JObject)?["clientActivityID"];
        return new Activity
        {
            Type = stored.Type,
            Text = stored.Text,
            From = stored.From is null ? null : new ChannelAccount(Cut(stored.From.Id), Cut(stored.From.Name), stored.From.Role),
            ChannelId = stored.ChannelId,
            Locale = Cut(stored.Locale),
            ChannelData = clientActivityId is JValue { Type: JTokenType.String } ? new JObject { ["clientActivityID"] = clientActivityId } : null,
        };
    }

    private static string? Cut(string? value) => value is { Length: > 256 } ? value[..256] : value;
}
