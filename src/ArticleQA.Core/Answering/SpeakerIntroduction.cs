using System.Text.RegularExpressions;

namespace ArticleQA.Core.Answering;

/// <summary>
/// Recognises the sentence that introduces a speaker ("Lei Jun, a deputy to the 14th NPC and
/// chairman of Xiaomi Corp, said: …"). Its name and titles match many questions about what the
/// speaker said, while what was said often follows in the next sentences.
/// </summary>
public static partial class SpeakerIntroduction
{
    /// <summary>True when <paramref name="sentence"/> opens with a name, its titles and "said".</summary>
    public static bool Matches(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Introduction().IsMatch(sentence);
    }

    [GeneratedRegex(@"^(\p{Lu}[\p{L}’'\-]+ ){1,3}\p{Lu}[\p{L}’'\-]+, ([^,“”""]+, ){0,3}(said|says|added|noted|stressed|told)\b")]
    private static partial Regex Introduction();
}
