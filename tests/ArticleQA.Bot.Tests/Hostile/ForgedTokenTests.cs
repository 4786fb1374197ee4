using System.Net;

namespace ArticleQA.Bot.Tests.Hostile;

/// <summary>
/// Finding 5: with an app id set, forged tokens got 500 because the OpenID metadata cannot be fetched
/// here (IDX20803). Every kind is now 401, the reason is logged, the token never is.
/// </summary>
public sealed class ForgedTokenTests(AuthenticatedBotFactory factory) : IClassFixture<AuthenticatedBotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Kinds => ["alg-none", "expired-rs256", "self-signed-rs256", "hs256-keyed-with-the-password"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Post_WithForgedToken_Is401AndTheTokenIsNotLogged(string kind)
    {
        var token = kind switch
        {
            "alg-none" => ForgedJwt.AlgNone(AuthenticatedBotFactory.AppId),
            "expired-rs256" => ForgedJwt.ExpiredRs256(AuthenticatedBotFactory.AppId),
            "self-signed-rs256" => ForgedJwt.SelfSignedRs256(AuthenticatedBotFactory.AppId),
            _ => ForgedJwt.Hs256(AuthenticatedBotFactory.AppId, "not-a-secret"),
        };
        var activity = Activities.Message("How much has Xiaomi invested in R&D?", Activities.NewConversation());

        using var response = await Activities.PostRawAsync(_client, activity.ToJsonString(), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("105 billion", await response.Content.ReadAsStringAsync());
        Assert.Contains(factory.Logs.Messages, m => m.StartsWith("Refused a request", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs.Messages, m => m.Contains(token.Split('.')[1], StringComparison.Ordinal));
    }
}
