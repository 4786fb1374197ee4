using ArticleQA.Core.Answering;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Answering;

public sealed class QuestionAnalyzerTests
{
    [Theory]
    [InlineData("How many lighthouse factories are in China?", AnswerType.Number)]
    [InlineData("How much has Xiaomi invested in research and development?", AnswerType.Number)]
    [InlineData("What percentage of GDP does China spend on R&D?", AnswerType.Number)]
    [InlineData("When was the Government Work Report unveiled?", AnswerType.Time)]
    [InlineData("In which year did China's total R&D expenditure reach 3.6 trillion yuan?", AnswerType.Time)]
    [InlineData("Who is the chairman of Xiaomi Corp?", AnswerType.Person)]
    [InlineData("Which expert spoke about quantum computers?", AnswerType.Person)]
    [InlineData("Where was the Xiaomi SU7 Ultra displayed?", AnswerType.Place)]
    [InlineData("Which province is a bellwether for regional innovation?", AnswerType.Place)]
    [InlineData("Why does China emphasize basic research?", AnswerType.Reason)]
    [InlineData("What is the Global Lighthouse Network?", AnswerType.Any)]
    [InlineData("Where must industrial innovation remain rooted?", AnswerType.Any)]
    [InlineData("Where is Unitree Robotics headquartered?", AnswerType.Place)]
    [InlineData("What does the iFly Tek AI studying pad cost?", AnswerType.Number)]
    [InlineData("price of the xiaomi su7 ultra", AnswerType.Number)]
    [InlineData("What position does Jin Li hold at the university?", AnswerType.Any)]
    [InlineData("What position did China take in the 2024 Global Innovation Index?", AnswerType.Number)]
    [InlineData("Confirm what product people were looking at in the photo", AnswerType.Any)]
    public void TypeOf_QuestionWording_GivesTheExpectedAnswerType(string question, AnswerType expected)
    {
        var type = QuestionAnalyzer.TypeOf(question);

        Assert.Equal(expected, type);
    }

    [Fact]
    public void TypeOf_CurlyApostropheAndCapitals_DoNotChangeTheType()
    {
        var type = QuestionAnalyzer.TypeOf("WHO is China’s top legislature’s chairman?");

        Assert.Equal(AnswerType.Person, type);
    }

    [Fact]
    public void Analyze_CapitalisedNamesAndNumbers_AreEntitiesAndTheRestIsFocus()
    {
        var analysis = QuestionAnalyzer.Analyze("How much has Xiaomi invested since 2020?", _ => false);

        Assert.Contains("xiaomi", analysis.Entities);
        Assert.Contains("2020", analysis.Entities);
        Assert.Contains("invest", analysis.Focus);
        Assert.DoesNotContain("xiaomi", analysis.Focus);
    }

    [Fact]
    public void Analyze_QuestionTypedInLowerCase_TakesOnlyWordsNeverWrittenLowerAsNames()
    {
        // "Science" is mostly a name in the article ("Academy of Sciences") but is also written in lower case.
        var names = new HashSet<string> { "xiaomi", Stemmer.Stem("science") };
        var onlyNames = new HashSet<string> { "xiaomi" };

        var analysis = QuestionAnalyzer.Analyze("which province should lead in merging science and industry at xiaomi?", names.Contains, onlyNames.Contains);

        Assert.Contains("xiaomi", analysis.Entities);
        Assert.DoesNotContain(Stemmer.Stem("science"), analysis.Entities);
        Assert.Contains(Stemmer.Stem("science"), analysis.Focus);
    }

    [Fact]
    public void Analyze_CapitalisedCommonNoun_IsNoName()
    {
        var analysis = QuestionAnalyzer.Analyze("What did China's moon-exploring robots bring back to Earth?", _ => false);

        Assert.Contains("china", analysis.Entities);
        Assert.DoesNotContain(Stemmer.Stem("earth"), analysis.Entities);
    }

    [Theory]
    [InlineData("On which day in March was the Government Work Report made public?", "day")]
    [InlineData("What number of factories did China have?", "number")]
    public void Analyze_WordNamingTheKindOfAnswer_IsNoFocus(string question, string typeWord) =>
        Assert.DoesNotContain(Stemmer.Stem(typeWord), QuestionAnalyzer.Analyze(question, _ => false).Focus);

    [Fact]
    public void TypeOf_WhichDeputyWithAQualifier_AsksForAPerson() =>
        Assert.Equal(AnswerType.Person, QuestionAnalyzer.TypeOf("Which NPC deputy said the report reminded him of his responsibility?"));
}
