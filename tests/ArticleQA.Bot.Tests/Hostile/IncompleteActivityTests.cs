using System.Text.Json.Nodes;

namespace ArticleQA.Bot.Tests.Hostile;

/// <summary>Finding 9: parseable but incomplete activities threw NullReferenceException; now 400 or handled, never an exception.</summary>
public sealed class IncompleteActivityTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Shapes => ["no-recipient", "recipient-null", "recipient-without-id", "members-added-null", "members-added-without-id", "members-added-not-a-list", "mention-null-text", "mention-null-mentioned", "mention-not-an-account", "from-a-number"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Post_IncompleteActivity_Is400OrAnsweredWithoutAnException(string shape)
    {
        var activity = Activities.Message("How much has Xiaomi invested in R&D?", Activities.NewConversation());
        switch (shape)
        {
            case "no-recipient": activity.Remove("recipient"); break;
            case "recipient-null": activity["recipient"] = null; break;
            case "recipient-without-id": activity["recipient"] = new JsonObject { ["name"] = "bot" }; break;
            case "members-added-null": Update(activity, new JsonArray((JsonNode?)null)); break;
            case "members-added-without-id": Update(activity, new JsonArray(new JsonObject { ["name"] = "x" })); break;
            case "members-added-not-a-list": Update(activity, JsonValue.Create("x")); break;
            case "mention-null-text": Mention(activity, new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = "bot-1" }, ["text"] = null }); break;
            case "mention-null-mentioned": Mention(activity, new JsonObject { ["type"] = "mention", ["mentioned"] = null, ["text"] = "<at>ArticleQA</at>" }); break;
            case "mention-not-an-account": Mention(activity, new JsonObject { ["type"] = "mention", ["mentioned"] = 5, ["text"] = "<at>ArticleQA</at>" }); break;
            case "from-a-number": activity["from"] = 5; break;
        }

        using var response = await Activities.PostRawAsync(_client, activity.ToJsonString());

        Assert.Contains((int)response.StatusCode, new[] { 200, 400 });
        Assert.Empty(factory.Logs.Exceptions);
        Assert.DoesNotContain("something went wrong", await response.Content.ReadAsStringAsync());
    }

    private static void Update(JsonObject activity, JsonNode? members)
    {
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = members;
    }

    private static void Mention(JsonObject activity, JsonObject mention) => activity["entities"] = new JsonArray(mention);
}
