using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Storage;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Conversation;

/// <summary>
/// The person an article is about, when its title names one: asked first thing of a biography or an
/// interview, "When was he born?" means that person. A name of the title counts when it has two words
/// or more, its last word is never written in lower case in the body (a name, not "bridge"), the body
/// names it in at least <see cref="MinimumMentions"/> sentences, and at least once a sentence that
/// opens with it is followed by one that opens with "he", "she", "his" or "her", as English carries a
/// person on. An article whose title names no such person, or two, or a collection of several
/// articles, has none; there a "he" that nothing earlier names is asked back.
/// </summary>
public static partial class ArticleSubject
{
    /// <summary>Sentences of the body that must name the person.</summary>
    public const int MinimumMentions = 3;

    private static readonly ConditionalWeakTable<ArticleIndex, Found> Cache = [];

    /// <summary>The person the indexed article is about, or null; found once per index.</summary>
    public static string? Of(ArticleIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return Cache.GetValue(index, i => new Found(Find(i.Documents))).Name;
    }

    /// <summary>The person <paramref name="documents"/> are about, or null.</summary>
    public static string? Find(IReadOnlyList<ArticleDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count != 1 || documents[0].Title is not { } title) return null;
        var body = documents[0].Sentences.Where(s => s.Kind == PartKind.Body).ToList();
        var people = NameExtractor.Extract(title).Where(name => IsCarriedOn(name, body)).ToList();
        return people.Count == 1 ? people[0] : null;
    }

    // A full name is named on by its last word ("Jane Roe" as "Roe", "Jane Roe's" as "Roe"), a name the body
    // never writes in lower case.
    private static bool IsCarriedOn(string name, List<Sentence> body)
    {
        var words = name.Split(' ');
        var key = Possessive().Replace(words[^1], "");
        var lower = key.ToLowerInvariant();
        if (words.Length < 2 || key.Length < 2 || body.Any(s => Position(s.Text, lower) >= 0)) return false;
        int mentions = 0, carried = 0;
        for (var i = 0; i < body.Count; i++)
        {
            var at = Position(body[i].Text, key);
            if (at < 0) continue;
            mentions++;
            var opens = at <= OpeningWords * 12 && body[i].Text[..at].Count(c => c == ' ') <= OpeningWords;
            if (opens && i + 1 < body.Count && body[i + 1].Paragraph == body[i].Paragraph && StartsWithPersonalPronoun().IsMatch(body[i + 1].Text)) carried++;
        }

        return mentions >= MinimumMentions && carried > 0;
    }

    // How many words may stand before the subject's last name: "At the time Roe", "Professor Jane Roe".
    private const int OpeningWords = 3;

    /// <summary>Where <paramref name="word"/> stands in <paramref name="text"/> as a whole word, or -1.</summary>
    private static int Position(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) return at;
        }

        return -1;
    }

    [GeneratedRegex(@"[’']s$")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^\W*(He|She|His|Her)\b")]
    private static partial Regex StartsWithPersonalPronoun();

    private sealed record Found(string? Name);
}
