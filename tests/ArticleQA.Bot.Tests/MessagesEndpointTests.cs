using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleQA.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleQA.Bot.Tests;

/// <summary>The messaging endpoint in process, anonymous, as a channel posts to it.</summary>
public sealed partial class MessagesEndpointTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Message_AnswerableQuestion_RepliesWithMarkersAndOneCitationEntity()
    {
        var replies = await Activities.ExchangeAsync(_client, Activities.Message("How much has Xiaomi invested in R&D?", Activities.NewConversation()));

        var reply = Assert.Single(Activities.Messages(replies));
        var text = reply.GetProperty("text").GetString()!;
        Assert.Contains("105 billion", text);
        Assert.Contains("[1]", text);
        var entity = Assert.Single(Activities.MessageEntities(reply));
        Assert.Equal("Message", entity.GetProperty("@type").GetString());
        Assert.Equal("https://schema.org", entity.GetProperty("@context").GetString());
        Assert.Equal("", entity.GetProperty("@id").GetString());
        Assert.Equal(["AIGeneratedContent"], entity.GetProperty("additionalType").EnumerateArray().Select(t => t.GetString()));
        var citations = entity.GetProperty("citation").EnumerateArray().ToList();
        Assert.InRange(citations.Count, 1, 20);
        var markers = MarkerPattern().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        foreach (var citation in citations)
        {
            Assert.Equal("Claim", citation.GetProperty("@type").GetString());
            Assert.Contains(citation.GetProperty("position").GetInt32(), markers);
            var appearance = citation.GetProperty("appearance");
            Assert.Equal("DigitalDocument", appearance.GetProperty("@type").GetString());
            Assert.InRange(appearance.GetProperty("name").GetString()!.Length, 1, 80);
            Assert.InRange(appearance.GetProperty("abstract").GetString()!.Length, 1, 160);
            Assert.StartsWith("http", appearance.GetProperty("url").GetString());
        }

        // Teams' current feedback flag only: it rejects messages that also carry the older feedbackLoopEnabled.
        var channelData = reply.GetProperty("channelData");
        Assert.Equal("default", channelData.GetProperty("feedbackLoop").GetProperty("type").GetString());
        Assert.False(channelData.TryGetProperty("feedbackLoopEnabled", out _));
    }

    [Fact]
    public async Task Message_AnswerableQuestion_SendsTypingBeforeTheAnswer()
    {
        var replies = await Activities.ExchangeAsync(_client, Activities.Message("How much has Xiaomi invested in R&D?", Activities.NewConversation()));

        Assert.Equal(["typing", "message"], replies.Select(r => r.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Message_FollowUpInSameConversation_ResolvesAgainstHistory()
    {
        var conversation = Activities.NewConversation();
        await Activities.ExchangeAsync(_client, Activities.Message("Who is Lei Jun?", conversation));

        var replies = await Activities.ExchangeAsync(_client, Activities.Message("How much has his company invested in R&D?", conversation));

        var reply = Assert.Single(Activities.Messages(replies));
        Assert.Contains("105 billion", reply.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Message_Reset_ForgetsTheConversation()
    {
        var conversation = Activities.NewConversation();
        await Activities.ExchangeAsync(_client, Activities.Message("Who is Lei Jun?", conversation));

        var replies = await Activities.ExchangeAsync(_client, Activities.Message("/reset", conversation));
        var followUp = await Activities.ExchangeAsync(_client, Activities.Message("How much has his company invested in R&D?", conversation));

        Assert.Contains("forgotten", Assert.Single(Activities.Messages(replies)).GetProperty("text").GetString());
        Assert.DoesNotContain("105 billion", Assert.Single(Activities.Messages(followUp)).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Message_OffTopicQuestion_IsPlainMessageWithoutCitations()
    {
        var replies = await Activities.ExchangeAsync(_client, Activities.Message("What is the best recipe for chocolate cake?", Activities.NewConversation()));

        var reply = Assert.Single(Activities.Messages(replies));
        Assert.False(string.IsNullOrWhiteSpace(reply.GetProperty("text").GetString()));
        Assert.DoesNotContain("[1]", reply.GetProperty("text").GetString());
        Assert.Empty(Activities.MessageEntities(reply));
    }

    [Fact]
    public async Task Message_OverLongQuestion_IsRefusedPolitely()
    {
        var replies = await Activities.ExchangeAsync(_client, Activities.Message(new string('a', 1500) + " " + new string('b', 1500), Activities.NewConversation()));

        var reply = Assert.Single(Activities.Messages(replies));
        Assert.False(string.IsNullOrWhiteSpace(reply.GetProperty("text").GetString()));
        Assert.Empty(Activities.MessageEntities(reply));
    }

    [Fact]
    public async Task Message_WebChat_AppendsMarkdownReferenceDefinitions()
    {
        var replies = await Activities.ExchangeAsync(_client, Activities.Message("How much has Xiaomi invested in R&D?", Activities.NewConversation(), channelId: "webchat"));

        var text = Assert.Single(Activities.Messages(replies)).GetProperty("text").GetString()!;
        Assert.Matches(@"\n\[1\]: http\S+ "".+""", text);
    }

    [Fact]
    public async Task Message_OtherChannel_ListsSourcesReadably()
    {
        var replies = await Activities.ExchangeAsync(_client, Activities.Message("How much has Xiaomi invested in R&D?", Activities.NewConversation(), channelId: "slack"));

        var text = Assert.Single(Activities.Messages(replies)).GetProperty("text").GetString()!;
        Assert.Contains("Sources:\n[1] ", text);
    }

    [Fact]
    public async Task Message_Help_ListsExampleQuestions()
    {
        var replies = await Activities.ExchangeAsync(_client, Activities.Message("help", Activities.NewConversation()));

        var text = Assert.Single(Activities.Messages(replies)).GetProperty("text").GetString()!;
        Assert.Contains("Who wrote the article, and when was it published?", text);
    }

    [Fact]
    public async Task ConversationUpdate_MemberAdded_Welcomes()
    {
        var activity = Activities.Base("conversationUpdate", Activities.NewConversation());
        activity["deliveryMode"] = "expectReplies";
        activity["membersAdded"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["id"] = "user-1" });

        var replies = await Activities.ExchangeAsync(_client, activity);

        var text = Assert.Single(Activities.Messages(replies)).GetProperty("text").GetString()!;
        Assert.Contains("Powering up", text);
        Assert.Equal(ArticleQA.Core.ArticleQAOptions.DefaultExamples.Count, text.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Invoke_FeedbackSubmitAction_Answers200()
    {
        var activity = Activities.Base("invoke", Activities.NewConversation());
        activity["name"] = "message/submitAction";
        activity["replyToId"] = "answer-7";
        activity["value"] = new System.Text.Json.Nodes.JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new System.Text.Json.Nodes.JsonObject { ["reaction"] = "dislike", ["feedback"] = """{"feedbackText":"too short"}""" },
        };

        using var response = await _client.PostAsJsonAsync(Activities.Endpoint, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(factory.Logs.Messages, m => m.StartsWith("Feedback on answer-7", StringComparison.Ordinal) && m.Contains("reaction=dislike", StringComparison.Ordinal));
        // The user's own words are not logged at Information.
        Assert.DoesNotContain(factory.Logs.Messages, m => m.Contains("too short", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_UnknownActivityType_IsIgnored()
    {
        var activity = Activities.Base("somethingNew", Activities.NewConversation());
        activity["deliveryMode"] = "expectReplies";

        var replies = await Activities.ExchangeAsync(_client, activity);

        Assert.Empty(replies);
    }

    [Fact]
    public async Task Post_WithoutAuthorization_WhenNoAppId_IsAccepted()
    {
        using var response = await _client.PostAsJsonAsync(Activities.Endpoint, Activities.Message("help", Activities.NewConversation()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"text\": \"no type\"}")]
    [InlineData("")]
    [InlineData("{\"type\": \"message\", \"text\": \"hi\", \"serviceUrl\": \"http://127.0.0.1:9/\", \"conversation\": null}")]
    [InlineData("{\"type\": \"message\", \"text\": \"hi\", \"serviceUrl\": \"not a url\", \"conversation\": {\"id\": \"c\"}}")]
    public async Task Post_MalformedActivity_Is400(string body)
    {
        using var response = await Activities.PostRawAsync(_client, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOver256KB_Is413()
    {
        var activity = Activities.Message(new string('x', 300 * 1024), Activities.NewConversation());

        using var response = await Activities.PostRawAsync(_client, activity.ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task WebChatBundle_InstalledByTheBuild_IsServed()
    {
        using var response = await _client.GetAsync("/webchat/webchat.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("createDirectLine", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_OnceIndexLoaded_Is200()
    {
        await factory.Services.GetRequiredService<IndexProvider>().GetAsync();

        using var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Articles_CitationUrl_ServesTheArticle()
    {
        var replies = await Activities.ExchangeAsync(_client, Activities.Message("How much has Xiaomi invested in R&D?", Activities.NewConversation()));
        var url = new Uri(Activities.MessageEntities(Activities.Messages(replies)[0])[0]
            .GetProperty("citation")[0].GetProperty("appearance").GetProperty("url").GetString()!);

        var article = await _client.GetStringAsync(url.AbsolutePath);

        Assert.Contains("105 billion", article);
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex MarkerPattern();
}
