using ArticleQA.Core.Answering;

namespace ArticleQA.Core.Tests.Answering;

public sealed class SpeakerIntroductionTests
{
    [Theory]
    [InlineData("Lei Jun, a deputy to the 14th NPC and chairman of Xiaomi Corp, said: “We are full of confidence.”")]
    [InlineData("Pan Jiaofeng, a deputy to the 14th NPC and president of the Institutes, which is part of the Academy, said the provinces should lead.")]
    [InlineData("Ma Jun, senior vice-president of Volvo Group and president of Volvo (China) Investment Co Ltd, said, “We see great potential.”")]
    public void Matches_NameTitlesAndSaid_IsAnIntroduction(string sentence) => Assert.True(SpeakerIntroduction.Matches(sentence));

    [Theory]
    [InlineData("“China has become the third country in the world capable of delivering quantum computers,” he said.")]
    [InlineData("Zhejiang province is a bellwether for China’s regional innovation strategies.")]
    [InlineData("Guo stressed the need for increased investment in basic research.")]
    public void Matches_OtherSentences_IsNoIntroduction(string sentence) => Assert.False(SpeakerIntroduction.Matches(sentence));
}
