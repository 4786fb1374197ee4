using ArticleQA.Bot.Replies;
using ArticleQA.Core.Answering;

namespace ArticleQA.Bot.Tests.Hostile;

/// <summary>Finding 11: when the LLM failed and the extractive answer is given, the reply says so in one line under the answer.</summary>
public sealed class NoticeTests
{
    [Fact]
    public async Task Reply_ForAnAnswerWithANotice_CarriesItOnOneLineUnderTheAnswer()
    {
        var factory = new CitedReplyFactory(null!, null!);
        var answer = new Answer { Question = "q", Result = "The article does not say.", NoResult = true, Notice = "The language model timed out, so this is the extractive answer." };

        var reply = await factory.CreateAsync(answer, "directline");

        var lines = reply.Text.Split('\n');
        Assert.Equal("The article does not say.", lines[0]);
        Assert.Equal("_The language model timed out, so this is the extractive answer._", lines[^1]);
    }

    [Fact]
    public async Task Reply_ForAnAnswerWithoutANotice_IsTheAnswerAlone()
    {
        var reply = await new CitedReplyFactory(null!, null!).CreateAsync(new Answer { Question = "q", Result = "The article does not say.", NoResult = true }, "msteams");

        Assert.Equal("The article does not say.", reply.Text);
    }
}
