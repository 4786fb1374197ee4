using System.Text.Json;
using ArticleQA.Evaluation.Endpoint;
using static ArticleQA.Evaluation.Tests.Samples;

namespace ArticleQA.Evaluation.Tests;

public sealed class BotReplyParsingTests
{
    private readonly BotEndpointEvaluator _evaluator = new(new HttpClient(), new Uri("http://127.0.0.1:9/api/messages"));

    [Fact]
    public void ToItem_MessageEntity_GivesCitationsWithSourceParagraphAndQuote()
    {
        var replies = Parse("""
            [{"type":"typing"},
             {"type":"message","text":"China has 79 lighthouse factories [1].",
              "entities":[{"type":"https://schema.org/Message","citation":[{"@type":"Claim","position":1,
                "appearance":{"name":"Powering up, paragraph 44","abstract":"To date, China is home to 79 lighthouse factories, the highest…",
                "url":"http://127.0.0.1:3978/articles/powering-up.txt#p44"}}]}]}]
            """);

        var item = _evaluator.ToItem(Answerable("q1"), replies, 12.5);

        Assert.Equal("China has 79 lighthouse factories [1].", item.Answer);
        Assert.False(item.Abstained);
        var citation = Assert.Single(item.Citations);
        Assert.Equal((1, "powering-up.txt", 44), (citation.N, citation.Source, citation.Paragraph));
        Assert.Equal("To date, China is home to 79 lighthouse factories, the highest", citation.Quote);
        Assert.Equal(12.5, item.LatencyMs);
    }

    [Fact]
    public void ToItem_MarkersWithoutEntity_StillCountAsCitations()
    {
        var item = _evaluator.ToItem(Answerable("q1"), Parse("""[{"type":"message","text":"79 [1][2]"}]"""), 1);

        Assert.Equal([1, 2], item.Citations.Select(c => c.N));
        Assert.False(item.Abstained);
    }

    [Fact]
    public void ToItem_NoCitation_IsAnAbstention()
    {
        var item = _evaluator.ToItem(Unanswerable("u1"), Parse("""[{"type":"message","text":"The article does not say."}]"""), 1);

        Assert.True(item.Abstained);
        Assert.Empty(item.Retrieved);
    }

    private static List<JsonElement> Parse(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
}
