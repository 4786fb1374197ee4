using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace ArticleQA.Bot.Tests.Hostile;

/// <summary>The bot host with a configured public base URL and an allowed embedding origin.</summary>
public sealed class PublicBaseUrlBotFactory : BotFactory
{
    public const string PublicBase = "https://127.0.0.1:4443/";

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["ArticleQA:Bot:PublicBaseUrl"] = PublicBase,
        ["ArticleQA:Bot:FrameAncestors"] = "https://127.0.0.1:8443",
    };
}

/// <summary>Finding 10: the page's headers, and absolute URLs that never echo the Host header.</summary>
public sealed partial class SecurityHeaderTests(BotFactory factory) : IClassFixture<BotFactory>
{
    [Fact]
    public async Task Page_SendsCspWithOnlyOwnScriptsFrameAncestorsNosniffAndReferrerPolicy()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        // Every script is a file of the host's own: none inline.
        Assert.All(ScriptTag().Matches(html), tag => Assert.Contains("src=\"webchat/", tag.Value));
        using var script = await client.GetAsync("/webchat/page.js");
        Assert.Contains("tokens/generate", await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StreamUrl_IgnoresAForgedHostHeader()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, DirectLineSession.Api + "/conversations") { Content = JsonContent.Create(new { user = new { id = "u" } }) };
        request.Headers.Host = "attacker.invalid";

        using var response = await client.SendAsync(request);
        var body = await DirectLineSession.ReadAsync(response);

        Assert.DoesNotContain("attacker", body.GetProperty("streamUrl").GetString());
    }

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}

/// <summary>With a public base URL, absolute URLs come from it; the page may be embedded where configured.</summary>
public sealed class PublicBaseUrlTests(PublicBaseUrlBotFactory factory) : IClassFixture<PublicBaseUrlBotFactory>
{
    [Fact]
    public async Task StreamUrl_ComesFromThePublicBaseUrl()
    {
        using var client = factory.CreateClient();

        var session = await DirectLineSession.StartAsync(client);
        using var page = await client.GetAsync("/");

        Assert.StartsWith("wss://127.0.0.1:4443/v3/directline/conversations/", session.StreamUrl);
        Assert.Contains("frame-ancestors https://127.0.0.1:8443", string.Join(";", page.Headers.GetValues("Content-Security-Policy")));
        Assert.False(page.Headers.Contains("X-Frame-Options"));
    }
}
