namespace ArticleQA.Core.Text;

/// <summary>
/// A rough guess whether a question is written in English, the article's language: other
/// scripts, or more function words of common European languages than of English, say it is not.
/// </summary>
public static class Language
{
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "in", "on", "is", "are", "was", "were", "what", "which", "who", "how", "why", "when", "where",
        "does", "did", "do", "to", "and", "for", "with", "has", "have", "it", "its", "by", "from", "that", "this", "much", "many",
    };

    // Frequent function words of French, Spanish, German, Italian and Portuguese that are not English words.
    private static readonly HashSet<string> Other = new(StringComparer.OrdinalIgnoreCase)
    {
        "le", "la", "les", "des", "du", "est", "quel", "quelle", "quels", "combien", "pourquoi", "qui", "que", "une", "dans", "sur",
        "avec", "pour", "el", "los", "las", "qué", "cuál", "cuánto", "cuántos", "cuántas", "es", "del", "por", "como", "cómo", "der",
        "die", "das", "ist", "wie", "was", "viele", "viel", "und", "warum", "wer", "ein", "eine", "il", "di", "che", "quanto", "quanti",
        "quale", "perché", "o", "os", "qual", "quantos", "não", "em", "um", "uma", "d", "l", "qu", "tiene", "tienen", "hay", "son",
        "fue", "gibt", "sind", "hat", "sont", "ont", "ha", "hanno", "tem",
    };

    /// <summary>True unless <paramref name="text"/> looks written in another language.</summary>
    public static bool LooksEnglish(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count == 0) return true;
        // Mostly letters outside Latin script: Chinese, Cyrillic, Arabic …
        if (letters.Count(c => c > '\u024F') * 2 > letters.Count) return false;
        var words = text.Split([' ', '\'', '’', '?', '!', ',', '.', ';', ':', '-', '"', '¿', '¡'], StringSplitOptions.RemoveEmptyEntries);
        var english = words.Count(w => English.Contains(w));
        var other = words.Count(w => Other.Contains(w) && !English.Contains(w));
        return other < 2 || english > other;
    }
}
