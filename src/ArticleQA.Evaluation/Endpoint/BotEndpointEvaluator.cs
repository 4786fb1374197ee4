using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ArticleQA.Evaluation.Reports;
using ArticleQA.Evaluation.Running;

namespace ArticleQA.Evaluation.Endpoint;

/// <summary>The bot endpoint could not be used; the message says why in one line.</summary>
public sealed class EndpointException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Black-box evaluation of a running bot through the Bot Framework protocol: every question is a
/// conversation of its own, its history replayed as earlier turns, each message POSTed to the
/// bot's <c>/api/messages</c> with <c>deliveryMode: expectReplies</c> so the replies come back in
/// the response. The reply's text is the answer; its citations come from the schema.org
/// <c>Message</c> entity (<c>citation[].appearance</c>) and the <c>[n]</c> markers. A reply with no
/// citation counts as an abstention. Nothing of retrieval is visible from outside, so
/// <c>retrieved</c> stays empty.
/// </summary>
/// <param name="http">The client; its lifetime is the caller's.</param>
/// <param name="endpoint">The messaging endpoint, such as <c>http://localhost:3978/api/messages</c>.</param>
/// <param name="paragraphs">Finds the offsets of cited text in the local corpus, or null to leave them -1.</param>
public sealed partial class BotEndpointEvaluator(HttpClient http, Uri endpoint, ParagraphSource? paragraphs = null)
{
    /// <summary>The channel the questions come from: Teams, so the reply carries the citation entity and no text appendix.</summary>
    public const string ChannelId = "msteams";

    private const string MessageEntityType = "https://schema.org/Message";

    /// <summary>Answers every question through the bot and scores the set like an in-process run.</summary>
    public async Task<EvalResults> RunAsync(
        IReadOnlyList<EvalQuestion> questions, IProgress<ResultItem>? progress = null, int parallelism = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        // One exchange first so that latencies exclude the bot's own warm-up.
        await ExchangeAsync(NewConversation(), "What is the article about?", cancellationToken).ConfigureAwait(false);
        var items = new ResultItem[questions.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, questions.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                items[i] = await AnswerAsync(questions[i], token).ConfigureAwait(false);
                progress?.Report(items[i]);
            }).ConfigureAwait(false);

        var config = new ResultConfig("bot-endpoint", "unknown", "unknown", 0);
        return EvalRunner.Score(questions, new EvalResults(config, items, null) { ConfigName = "endpoint" });
    }

    /// <summary>Asks one question in a new conversation after replaying its history.</summary>
    public async Task<ResultItem> AnswerAsync(EvalQuestion question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var conversation = NewConversation();
        foreach (var earlier in question.History ?? [])
            await ExchangeAsync(conversation, earlier, cancellationToken).ConfigureAwait(false);

        var clock = Stopwatch.StartNew();
        var replies = await ExchangeAsync(conversation, question.Question, cancellationToken).ConfigureAwait(false);
        var latency = clock.Elapsed.TotalMilliseconds;
        return ToItem(question, replies, latency);
    }

    /// <summary>Reads the bot's message replies into a results item.</summary>
    public ResultItem ToItem(EvalQuestion question, IReadOnlyList<JsonElement> replies, double latencyMs)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(replies);
        var messages = replies.Where(r => r.TryGetProperty("type", out var t) && t.GetString() == "message").ToList();
        var text = string.Join("\n\n", messages.Select(m => m.TryGetProperty("text", out var t) ? t.GetString() : null).Where(t => !string.IsNullOrEmpty(t)));
        var citations = messages.SelectMany(EntityCitations).DistinctBy(c => c.N).ToList();
        foreach (var n in Markers().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct())
            if (citations.All(c => c.N != n)) citations.Add(new ResultCitation(n, "", 0, -1, -1, "", 0));

        return new ResultItem
        {
            Id = question.Id,
            Question = question.Question,
            Answer = text,
            Abstained = citations.Count == 0,
            Citations = citations.OrderBy(c => c.N).ToList(),
            LatencyMs = Math.Round(latencyMs, 3),
            Answerer = "bot-endpoint",
            Tags = question.Tags,
        };
    }

    private IEnumerable<ResultCitation> EntityCitations(JsonElement message)
    {
        if (!message.TryGetProperty("entities", out var entities) || entities.ValueKind != JsonValueKind.Array) yield break;
        foreach (var entity in entities.EnumerateArray())
        {
            if (!entity.TryGetProperty("type", out var type) || type.GetString() != MessageEntityType) continue;
            if (!entity.TryGetProperty("citation", out var claims) || claims.ValueKind != JsonValueKind.Array) continue;
            foreach (var claim in claims.EnumerateArray())
            {
                if (!claim.TryGetProperty("position", out var position) || !position.TryGetInt32(out var n)) continue;
                var appearance = claim.TryGetProperty("appearance", out var a) ? a : default;
                var quote = Text(appearance, "abstract").TrimEnd('…').TrimEnd();
                var url = Text(appearance, "url");
                var source = SourceOf(url);
                var paragraph = ParagraphOf(url) ?? ParagraphOf(Text(appearance, "name")) ?? 0;
                var span = paragraphs?.Locate(source, quote);
                yield return new ResultCitation(n, source, paragraph, span?.Start ?? -1, span?.End ?? -1, quote, 0);
            }
        }
    }

    private async Task<IReadOnlyList<JsonElement>> ExchangeAsync(string conversation, string text, CancellationToken cancellationToken)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["channelId"] = ChannelId,
            ["serviceUrl"] = new Uri(endpoint, "/").ToString(),
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = "articleqa-eval", ["name"] = "articleqa eval" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["text"] = text,
        };

        HttpResponseMessage response;
        try
        {
            response = await http.PostAsJsonAsync(endpoint, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new EndpointException($"cannot reach the bot at {endpoint}: {e.Message}", e);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
                throw new EndpointException($"the bot at {endpoint} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            try
            {
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
                return body.RootElement.TryGetProperty("activities", out var activities) && activities.ValueKind == JsonValueKind.Array
                    ? activities.EnumerateArray().Select(a => a.Clone()).ToList()
                    : throw new EndpointException($"the bot at {endpoint} sent no expectReplies response (no \"activities\")");
            }
            catch (JsonException e)
            {
                throw new EndpointException($"the bot at {endpoint} sent a body that is not JSON: {e.Message}", e);
            }
        }
    }

    private static string NewConversation() => "articleqa-eval-" + Guid.NewGuid().ToString("N");

    private static string Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? ""
            : "";

    private static string SourceOf(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return "";
        return Uri.UnescapeDataString(uri.Segments.LastOrDefault() ?? "");
    }

    private static int? ParagraphOf(string text) =>
        ParagraphNumber().Match(text) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Markers();

    [GeneratedRegex(@"(?:#p|paragraph )(\d+)")]
    private static partial Regex ParagraphNumber();
}
