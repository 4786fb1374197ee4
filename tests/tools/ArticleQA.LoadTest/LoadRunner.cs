using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArticleQA.LoadTest;

/// <summary>
/// Drives concurrent scripted conversations against <c>/api/messages</c> with
/// <c>deliveryMode: expectReplies</c>, so each reply comes back in the HTTP response, and checks
/// every reply against the script.
/// </summary>
public sealed class LoadRunner(HttpClient client)
{
    /// <summary>Runs <see cref="LoadOptions.Conversations"/> conversations at once, each playing <see cref="LoadOptions.Turns"/> turns in order.</summary>
    public async Task<LoadReport> RunAsync(LoadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var run = Guid.NewGuid().ToString("N")[..8];
        var clock = Stopwatch.StartNew();
        var conversations = Enumerable.Range(0, options.Conversations)
            .Select(c => ConverseAsync(options, $"load-{run}-{c}", c, cancellationToken));
        var results = await Task.WhenAll(conversations).ConfigureAwait(false);
        return new LoadReport(results.SelectMany(r => r).ToList(), clock.Elapsed, options.Conversations, options.BaseUrls.Count);
    }

    /// <summary>Sends one question to each instance so that no measured turn pays for a cold start.</summary>
    public async Task WarmUpAsync(LoadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var url in options.BaseUrls)
            await TurnAsync(options, url, "warmup-" + Guid.NewGuid().ToString("N"), ConversationScript.At(0), cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<TurnResult>> ConverseAsync(LoadOptions options, string conversationId, int conversation, CancellationToken cancellationToken)
    {
        var results = new List<TurnResult>(options.Turns);
        for (var turn = 0; turn < options.Turns; turn++)
        {
            var instance = (conversation + turn) % options.BaseUrls.Count;
            var scripted = ConversationScript.At(turn);
            var clock = Stopwatch.StartNew();
            var error = await TurnAsync(options, options.BaseUrls[instance], conversationId, scripted, cancellationToken).ConfigureAwait(false);
            results.Add(new TurnResult(conversation, turn, instance, clock.Elapsed.TotalMilliseconds, error, scripted.IsFollowUp));
        }

        return results;
    }

    // Null when the reply holds the expected phrase; otherwise what went wrong, in one line.
    private async Task<string?> TurnAsync(LoadOptions options, Uri baseUrl, string conversationId, ScriptedTurn turn, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            using var response = await client.PostAsJsonAsync(new Uri(baseUrl, "api/messages"), Activity(options, conversationId, turn.Question), timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) return $"HTTP {(int)response.StatusCode}";
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false));
            var texts = body.RootElement.TryGetProperty("activities", out var activities)
                ? activities.EnumerateArray().Where(a => a.GetProperty("type").GetString() == "message").Select(a => a.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "").ToList()
                : [];
            if (texts.Count == 0) return "no answer in the reply";
            return texts.Any(t => t.Contains(turn.Expected, StringComparison.OrdinalIgnoreCase))
                ? null
                : $"expected \"{turn.Expected}\" for \"{turn.Question}\", got \"{Shorten(string.Join(" | ", texts))}\"";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no reply within {options.RequestTimeout.TotalSeconds:F0} s";
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or InvalidOperationException)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private static JsonObject Activity(LoadOptions options, string conversationId, string text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = options.ChannelId,
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new JsonObject { ["id"] = "load-user", ["name"] = "Load test" },
        ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "ArticleQA" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["text"] = text,
        ["deliveryMode"] = "expectReplies",
    };

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
