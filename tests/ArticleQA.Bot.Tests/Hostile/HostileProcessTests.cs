using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleQA.Bot.Tests.Processes;
using Xunit.Abstractions;

namespace ArticleQA.Bot.Tests.Hostile;

/// <summary>
/// Findings 1, 2 and 3 against the real host in its own process on loopback, with real WebSockets;
/// its working set is measured from this process. Figures go to the test output.
/// </summary>
public sealed class HostileProcessTests(ITestOutputHelper output)
{
    private const long Mb = 1024 * 1024;

    [Fact]
    public async Task SlowStreamReaders_HundredSocketsOnAFiveMBBacklog_StayWithinBudgetAndAreClosed()
    {
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["ArticleQA__DirectLine__MaxStoredTextChars"] = "210000",
            ["ArticleQA__DirectLine__MaxStoredActivityBytes"] = "1048576",
            ["ArticleQA__DirectLine__PollsPerMinute"] = "100000",
            ["ArticleQA__DirectLine__StreamSendTimeoutSeconds"] = "3",
            ["ArticleQA__Bot__MessagesPerConversation"] = "1000",
        });
        using var http = new HttpClient { BaseAddress = bot.BaseUrl };
        var session = await StartAsync(http);
        // Over 4 MB (the target) and over what the kernel may buffer for one socket (tcp_wmem max, 4 MiB here),
        // so that every non-reading socket is sure to block the host's send.
        for (var i = 0; i < 26; i++) await PostAsync(http, session, new string((char)('a' + i), 200_000));
        var atConnect = await BacklogBytesAsync(http, session);
        var before = WorkingSet.Now(bot.Id);

        // A non-reading client whose kernel takes only a few KB, so that the host's send blocks as on a slow link
        // (with default buffers the loopback kernel alone would absorb a few MB per socket).
        using var tinyWindow = new HttpMessageInvoker(new SocketsHttpHandler { ConnectCallback = ConnectWithTinyReceiveBufferAsync });
        var closed = 0;

        // 100 sockets that never read while the conversation goes on (2 MB more): the host must give up on each on its own.
        async Task<long> WaveAsync(char letter)
        {
            var sockets = new List<ClientWebSocket>();
            await using var watch = WorkingSet.Watch(bot.Id);
            for (var i = 0; i < 100; i++)
            {
                var socket = new ClientWebSocket();
                socket.Options.SetBuffer(4096, 4096);
                await socket.ConnectAsync(new Uri(session.StreamUrl), tinyWindow, CancellationToken.None);
                sockets.Add(socket);
            }

            var target = closed + 100;
            for (var i = 0; i < 10; i++) await PostAsync(http, session, new string(letter, 200_000));
            await bot.Output.WaitForAsync(l => l.Contains("its reader fell behind", StringComparison.Ordinal) && ++closed == target, TimeSpan.FromSeconds(120), $"that {target} slow readers were closed");
            foreach (var socket in sockets) socket.Dispose();
            return watch.Peak;
        }

        var peak = await WaveAsync('A');
        var afterFirst = WorkingSet.Now(bot.Id);
        // What the first wave held was given back to the heap: a second wave reuses it instead of adding as much again.
        var secondPeak = await WaveAsync('B');
        var backlog = await BacklogBytesAsync(http, session);
        var health = await http.GetAsync("healthz");
        var after = WorkingSet.Now(bot.Id);

        // A reader that fell behind resumes from its watermark and gets the rest.
        using var resumed = new ClientWebSocket();
        await resumed.ConnectAsync(new Uri(session.StreamUrl + "&watermark=0"), CancellationToken.None);
        var received = await ReceiveActivitiesAsync(resumed, until: backlog.Count);

        output.WriteLine($"backlog {atConnect.Bytes / (double)Mb:F1} MB in {atConnect.Count} activities at connect, {backlog.Bytes / (double)Mb:F1} MB in {backlog.Count} at the end; working set before {WorkingSet.Mb(before):F0} MB, peak with 100 non-reading sockets {WorkingSet.Mb(peak):F0} MB (+{WorkingSet.Mb(peak - before):F0} MB), after they closed {WorkingSet.Mb(afterFirst):F0} MB; second wave of 100 peak {WorkingSet.Mb(secondPeak):F0} MB (+{WorkingSet.Mb(secondPeak - before):F0} MB over the first baseline), at the end {WorkingSet.Mb(after):F0} MB");
        Assert.InRange(atConnect.Bytes, 4 * Mb, 8 * Mb);
        Assert.InRange(peak - before, long.MinValue, 150 * Mb);
        Assert.InRange(secondPeak - before, long.MinValue, 150 * Mb);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(backlog.Count, received);
        AssertNoExceptionLogged(bot);
    }

    [Fact]
    public async Task PostFlood_TwoThousandPostsOf250KB_StayWithinTheTranscriptCap()
    {
        const int capMb = 64;
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["ArticleQA__DirectLine__MaxTranscriptBytes"] = (capMb * Mb).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ArticleQA__DirectLine__PostsPerMinute"] = "100000",
            ["ArticleQA__DirectLine__TokensPerMinute"] = "100000",
            ["ArticleQA__Bot__MessagesPerConversation"] = "1000",
        });
        using var http = new HttpClient { BaseAddress = bot.BaseUrl };
        var text = new string('x', 250_000);
        var before = WorkingSet.Now(bot.Id);
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();

        long peak;
        await using (var watch = WorkingSet.Watch(bot.Id))
        {
            // 20 conversations × 100 posts, 4 conversations at a time.
            await Parallel.ForEachAsync(Enumerable.Range(0, 20), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (_, _) =>
            {
                var session = await StartAsync(http);
                for (var i = 0; i < 100; i++) statuses.Add(await PostAsync(http, session, text, expectOk: false));
            });
            peak = watch.Peak;
        }

        var live = await StartAsync(http);
        await PostAsync(http, live, "Who is Lei Jun?");

        output.WriteLine($"2,000 posts of {text.Length / 1000} KB: {statuses.Count(s => s == HttpStatusCode.OK)} accepted, others {string.Join(", ", statuses.Where(s => s != HttpStatusCode.OK).GroupBy(s => s).Select(g => $"{(int)g.Key}×{g.Count()}"))}; working set before {WorkingSet.Mb(before):F0} MB, peak {WorkingSet.Mb(peak):F0} MB (+{WorkingSet.Mb(peak - before):F0} MB; cap {capMb} MB + 100 MB allowed)");
        Assert.Equal(2000, statuses.Count);
        Assert.DoesNotContain(statuses, s => (int)s >= 500 && s != HttpStatusCode.ServiceUnavailable);
        Assert.InRange(peak - before, long.MinValue, (capMb + 100) * Mb);
        AssertNoExceptionLogged(bot);
    }

    [Fact]
    public async Task Reply_ToTheHostsOwnEndpoint_IsRefused()
    {
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string>());
        using var http = new HttpClient { BaseAddress = bot.BaseUrl };
        var activity = Activities.Message("Who is Lei Jun?", Activities.NewConversation(), expectReplies: false, serviceUrl: bot.BaseUrl.ToString());

        using var response = await Activities.PostRawAsync(http, activity.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("own endpoint", bot.Output.Text);
        AssertNoExceptionLogged(bot);
    }

    [Fact]
    public async Task DirectLineSecret_ShorterThan32Characters_StopsTheHostNamingTheSetting()
    {
        await using var bot = BotProcess.Launch(new Dictionary<string, string> { ["ArticleQA__DirectLine__Secret"] = "short-secret" });

        await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, bot.ExitCode);
        var line = Assert.Single(bot.Output.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("ArticleQA:DirectLine:Secret must be at least 32 characters", line);
        Assert.DoesNotContain("short-secret", line);
    }

    private static async ValueTask<Stream> ConnectWithTinyReceiveBufferAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { ReceiveBufferSize = 4096, NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static void AssertNoExceptionLogged(BotProcess bot)
    {
        Assert.DoesNotContain("Exception", bot.Output.Text);
        Assert.DoesNotContain("   at ", bot.Output.Text);
    }

    private static async Task<(string Id, string Token, string StreamUrl)> StartAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("v3/directline/conversations", new { user = new { id = "hostile" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!, body.GetProperty("streamUrl").GetString()!);
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, (string Id, string Token, string StreamUrl) session, string text, bool expectOk = true)
    {
        var activity = new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "hostile" }, ["text"] = text };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{session.Id}/activities")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        using var response = await http.SendAsync(request);
        if (expectOk) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.StatusCode;
    }

    // Pages through the transcript by polling, as a client resuming would.
    private static async Task<(long Bytes, int Count)> BacklogBytesAsync(HttpClient http, (string Id, string Token, string StreamUrl) session)
    {
        long bytes = 0;
        var count = 0;
        var watermark = "0";
        for (var page = 0; page < 10_000; page++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{session.Id}/activities?watermark={watermark}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            using var set = JsonDocument.Parse(body);
            var activities = set.RootElement.GetProperty("activities").GetArrayLength();
            if (activities == 0) break;
            bytes += body.Length;
            count += activities;
            watermark = set.RootElement.GetProperty("watermark").GetString()!;
        }

        return (bytes, count);
    }

    private static async Task<int> ReceiveActivitiesAsync(ClientWebSocket socket, int until)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var buffer = new byte[64 * 1024];
        var count = 0;
        while (count < until)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            using var set = JsonDocument.Parse(message.ToArray());
            count += set.RootElement.GetProperty("activities").GetArrayLength();
        }

        return count;
    }
}
