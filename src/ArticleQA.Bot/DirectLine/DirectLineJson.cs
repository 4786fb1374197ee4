using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ArticleQA.Bot.DirectLine;

/// <summary>Direct Line's JSON: Bot Framework activities as Newtonsoft writes them, and its error shape.</summary>
public static class DirectLineJson
{
    /// <summary>Nulls left out; dates inside channelData kept as the client wrote them.</summary>
    public static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 64,
    };

    /// <summary>A JSON response.</summary>
    public static IResult Ok(object body, int status = StatusCodes.Status200OK) =>
        Results.Content(JsonConvert.SerializeObject(body, Settings), "application/json", statusCode: status);

    /// <summary>A Direct Line error: <c>{"error":{"code":…,"message":…}}</c>.</summary>
    public static IResult Error(int status, string code, string message) =>
        Ok(new { error = new { code, message } }, status);

    /// <summary>The activity in <paramref name="json"/>, or null when it is not one.</summary>
    public static Activity? ReadActivity(string json)
    {
        try
        {
            return JsonConvert.DeserializeObject<Activity>(json, Settings) is { Type.Length: > 0 } activity ? activity : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A deep copy of <paramref name="activity"/>.</summary>
    public static Activity Clone(Activity activity) =>
        JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity, Settings), Settings)!;

    /// <summary>An activity set as clients read it: <c>{"activities":[…],"watermark":"n"}</c>.</summary>
    public static string ActivitySet(IReadOnlyList<Activity> activities, int watermark) =>
        JsonConvert.SerializeObject(new { activities, watermark = watermark.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Settings);

    /// <summary>An activity set from activities already in JSON: <c>{"activities":[…],"watermark":"n"}</c> as UTF-8.</summary>
    public static byte[] ActivitySet(IReadOnlyList<byte[]> activities, int watermark)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var head = "{\"activities\":["u8;
        var tail = System.Text.Encoding.UTF8.GetBytes("],\"watermark\":\"" + watermark.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"}");
        var length = head.Length + tail.Length + activities.Sum(a => a.Length) + Math.Max(0, activities.Count - 1);
        var set = new byte[length];
        var at = 0;
        head.CopyTo(set.AsSpan(at));
        at += head.Length;
        for (var i = 0; i < activities.Count; i++)
        {
            if (i > 0) set[at++] = (byte)',';
            activities[i].CopyTo(set, at);
            at += activities[i].Length;
        }

        tail.CopyTo(set, at);
        return set;
    }
}
