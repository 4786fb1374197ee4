using ArticleQA.Core.Text;

namespace ArticleQA.Core.Tests.Text;

public sealed class LanguageTests
{
    [Theory]
    [InlineData("How many lighthouse factories does China have?")]
    [InlineData("What did Lei Jun say about the report?")]
    [InlineData("Xiaomi R&D 105 billion?")]
    [InlineData("")]
    public void LooksEnglish_EnglishOrWordless_IsTrue(string text) => Assert.True(Language.LooksEnglish(text));

    [Theory]
    [InlineData("Combien d'usines phares la Chine compte-t-elle ?")]
    [InlineData("Quel est le chiffre d'affaires de Xiaomi en 2024 ?")]
    [InlineData("¿Cuántas fábricas faro tiene China?")]
    [InlineData("Wie viele Leuchtturmfabriken gibt es in China?")]
    [InlineData("小米过去五年在研发上投入了多少钱？")]
    [InlineData("Сколько заводов-маяков в Китае?")]
    public void LooksEnglish_AnotherLanguage_IsFalse(string text) => Assert.False(Language.LooksEnglish(text));
}
