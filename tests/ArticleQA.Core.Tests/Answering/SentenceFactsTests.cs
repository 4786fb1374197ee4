using ArticleQA.Core.Answering;

namespace ArticleQA.Core.Tests.Answering;

public sealed class SentenceFactsTests
{
    [Theory]
    [InlineData("China is home to 79 lighthouse factories.", true)]
    [InlineData("It accounted for more than half of installations.", true)]
    [InlineData("A Xiaomi SU7 Ultra is displayed at a mall on Feb 28, 2025.", false)]
    [InlineData("Lei Jun, a deputy to the 14th NPC, spoke.", false)]
    public void HasQuantity_CountsButNotDatesOrModelNames(string sentence, bool expected) =>
        Assert.Equal(expected, SentenceFacts.HasQuantity(sentence));

    [Theory]
    [InlineData("A Xiaomi SU7 Ultra is displayed at the MixC shopping mall in Chengdu.", true)]
    [InlineData("Zhejiang province is a bellwether.", true)]
    [InlineData("Companies like Unitree Robotics are transforming their operations.", false)]
    public void CanAnswer_PlaceQuestion_NeedsAPlace(string sentence, bool expected) =>
        Assert.Equal(expected, SentenceFacts.CanAnswer(sentence, AnswerType.Place));

    [Theory]
    [InlineData("Such a strategy will help it keep its edge, experts and company executives said.", true)]
    [InlineData("Denis Depoux said China is making a strategic shift.", true)]
    [InlineData("The strategy will help it keep its edge.", false)]
    public void CanAnswer_WhoQuestion_NeedsAPersonOrAGroupOfPeople(string sentence, bool expected) =>
        Assert.Equal(expected, SentenceFacts.CanAnswer(sentence, AnswerType.Person));

    [Theory]
    [InlineData("How old is Lei Jun?", true)]
    [InlineData("What is her age?", true)]
    [InlineData("How much has Xiaomi invested?", false)]
    public void AsksForAge_AgeQuestions_AreRecognised(string question, bool expected) =>
        Assert.Equal(expected, SentenceFacts.AsksForAge(question));

    [Theory]
    [InlineData("Lei Jun, 55 years old, said so.", true)]
    [InlineData("The company was founded in 2010.", true)]
    [InlineData("Xiaomi has invested 105 billion yuan over the past five years.", false)]
    public void StatesAge_NeedsAnAge(string sentence, bool expected) =>
        Assert.Equal(expected, SentenceFacts.StatesAge(sentence));

    [Theory]
    [InlineData("How much did Zhejiang province spend on research and development last year?", true)]
    [InlineData("What's the retail price of the Xiaomi SU7 Ultra?", true)]
    [InlineData("How much of the world's total does China account for?", false)]
    public void AsksForMoney_MoneyQuestions_AreRecognised(string question, bool expected) =>
        Assert.Equal(expected, SentenceFacts.AsksForMoney(question));

    [Theory]
    [InlineData("Xiaomi has invested 105 billion yuan ($14 billion) in R&D.", true)]
    [InlineData("The province added 18 national key labs last year.", false)]
    public void StatesMoney_NeedsAnAmountOfMoney(string sentence, bool expected) =>
        Assert.Equal(expected, SentenceFacts.StatesMoney(sentence));

    [Theory]
    [InlineData("Companies like Unitree Robotics are transforming their operations.", false)]
    [InlineData("Unitree Robotics was founded by Wang Xingxing.", true)]
    [InlineData("It will help, experts said.", true)]
    public void NamesSomeoneBesides_OnlyTheNameAskedAbout_IsNoAnswerToWho(string sentence, bool expected) =>
        Assert.Equal(expected, SentenceFacts.NamesSomeoneBesides(sentence, ArticleQA.Core.Text.TextAnalyzer.Stems("Unitree Robotics").ToHashSet()));
}
