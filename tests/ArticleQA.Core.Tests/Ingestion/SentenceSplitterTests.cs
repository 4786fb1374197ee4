using ArticleQA.Core.Ingestion;

namespace ArticleQA.Core.Tests.Ingestion;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_Decimals_DoNotEndASentence()
    {
        const string text = "R&D spending reached 3.6 trillion yuan. Intensity stood at 2.68 percent in 2024.";

        var sentences = Sentences(text);

        Assert.Equal(["R&D spending reached 3.6 trillion yuan.", "Intensity stood at 2.68 percent in 2024."], sentences);
    }

    [Theory]
    [InlineData("The rocket lifted off at 9:17 a.m. PST (12:17 p.m. EST). The crowd cheered.", "The rocket lifted off at 9:17 a.m. PST (12:17 p.m. EST).")]
    [InlineData("Polls close at 8 p.m. ET in most states. Counting starts at once.", "Polls close at 8 p.m. ET in most states.")]
    public void Split_ATimeOfDayBeforeItsZone_DoesNotEndASentence(string text, string first)
    {
        var sentences = Sentences(text);

        Assert.Equal(2, sentences.Count);
        Assert.Equal(first, sentences[0]);
    }

    [Fact]
    public void Split_ATimeOfDayThatEndsASentence_Ends()
    {
        const string text = "The doors open at 9 a.m. The queue starts at dawn.";

        Assert.Equal(["The doors open at 9 a.m.", "The queue starts at dawn."], Sentences(text));
    }

    [Fact]
    public void Split_CompanyAbbreviations_DoNotEndASentence()
    {
        const string text = "He heads Volvo (China) Investment Co. Ltd. in Shanghai. He spoke on Monday.";

        var sentences = Sentences(text);

        Assert.Equal(["He heads Volvo (China) Investment Co. Ltd. in Shanghai.", "He spoke on Monday."], sentences);
    }

    [Fact]
    public void Split_MonthAbbreviationBeforeDay_DoesNotEndASentence()
    {
        const string text = "The car was displayed on Feb. 28, 2025. Buyers queued for hours.";

        var sentences = Sentences(text);

        Assert.Equal(["The car was displayed on Feb. 28, 2025.", "Buyers queued for hours."], sentences);
    }

    [Fact]
    public void Split_AbbreviationsWithoutDots_LeaveTheSentenceWhole()
    {
        const string text = "Ma Jun is president of Volvo (China) Investment Co Ltd, the firm said on Feb 28. She agreed.";

        var sentences = Sentences(text);

        Assert.Equal(["Ma Jun is president of Volvo (China) Investment Co Ltd, the firm said on Feb 28.", "She agreed."], sentences);
    }

    [Theory]
    [InlineData("Lei said: “We are confident.” The report agreed.", "Lei said: “We are confident.”", "The report agreed.")]
    [InlineData("Lei said: \"We are confident.\" The report agreed.", "Lei said: \"We are confident.\"", "The report agreed.")]
    [InlineData("Lei used the word ‘innovation.’ The report agreed.", "Lei used the word ‘innovation.’", "The report agreed.")]
    public void Split_ClosingQuoteAfterFullStop_StaysWithItsSentence(string text, string first, string second)
    {
        var sentences = Sentences(text);

        Assert.Equal([first, second], sentences);
    }

    [Fact]
    public void Split_QuestionMarkInQuoteFollowedByLowercase_DoesNotEndTheSentence()
    {
        const string text = "“Why not?” he asked. Nobody answered.";

        var sentences = Sentences(text);

        Assert.Equal(["“Why not?” he asked.", "Nobody answered."], sentences);
    }

    [Fact]
    public void Split_YearRangeInParentheses_StaysInsideTheSentence()
    {
        const string text = "It is the last year of the 14th Five-Year Plan (2021-25), they added. The next plan (2026-30) follows.";

        var sentences = Sentences(text);

        Assert.Equal(["It is the last year of the 14th Five-Year Plan (2021-25), they added.", "The next plan (2026-30) follows."], sentences);
    }

    [Fact]
    public void Split_FullStopAfterYearRange_EndsTheSentence()
    {
        const string text = "It is the last year of the plan (2021-25). The next one starts in 2026.";

        var sentences = Sentences(text);

        Assert.Equal(["It is the last year of the plan (2021-25).", "The next one starts in 2026."], sentences);
    }

    [Fact]
    public void Split_Range_ReturnsExactOffsetsInsideTheRange()
    {
        const string before = "Not this. ";
        const string inside = "  First one. Second one!\n  Third?  ";
        const string text = before + inside + "Nor this.";
        var start = before.Length;
        var end = start + inside.Length;

        var spans = SentenceSplitter.Split(text, start, end);

        Assert.Equal(["First one.", "Second one!", "Third?"], spans.Select(s => text[s.Start..s.End]));
        Assert.Equal(start + 2, spans[0].Start);
        Assert.All(spans, s => Assert.InRange(s.Start, start, end));
        Assert.All(spans, s => Assert.InRange(s.End, start, end));
    }

    [Fact]
    public void Split_TextWithoutFinalPunctuation_KeepsTheTail()
    {
        const string text = "One sentence. A trailing fragment without a stop";

        var sentences = Sentences(text);

        Assert.Equal(["One sentence.", "A trailing fragment without a stop"], sentences);
    }

    private static List<string> Sentences(string text) =>
        SentenceSplitter.Split(text, 0, text.Length).Select(s => text[s.Start..s.End]).ToList();
}
