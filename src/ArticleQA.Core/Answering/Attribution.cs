using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Storage;

namespace ArticleQA.Core.Answering;

/// <summary>
/// Who said a quoted sentence. "“China’s economy has historically relied on the real economy …,” he
/// added" names nobody; the speaker is named a sentence or a few paragraphs earlier ("…, Zhang said",
/// or the introduction "Zhang Li, a deputy to the 14th NPC …, said"). A question asking who said
/// it is answered by the quote together with the sentence naming the speaker.
/// </summary>
public static partial class Attribution
{
    // Paragraphs after a speaker's introduction that may still quote the speaker.
    private const int MaxQuoteRun = 3;

    private static readonly ConditionalWeakTable<ArticleIndex, IReadOnlyList<Sentence?>> Speakers = new();

    private static readonly ConditionalWeakTable<ArticleIndex, HashSet<string>> Names = new();

    /// <summary>True when <paramref name="question"/> asks who said, stressed or thinks something.</summary>
    public static bool AsksWhoSaid(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return WhoSaid().IsMatch(question.ToLowerInvariant());
    }

    /// <summary>
    /// For a sentence of reported speech, or one naming the speaker ("Guo stressed …"), the introduction of its
    /// speaker with the full name and titles ("Qiao Hong, a member of …, said"); null for other narration or
    /// when no introduction precedes it closely enough.
    /// </summary>
    public static Sentence? NamingSentence(ArticleIndex index, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(sentence);
        return Speakers.GetValue(index, Compute)[sentence.Index];
    }

    /// <summary>The names of the people the article introduces as speakers ("Guo Guoping", "Ma Jun").</summary>
    public static IReadOnlySet<string> SpeakerNames(ArticleIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return Names.GetValue(index, i => i.Sentences
            .Where(s => s.Kind == PartKind.Body && SpeakerIntroduction.Matches(s.Text))
            .Select(SpeakerName)
            .ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The stems of the speaker's name in an introduction.</summary>
    public static IReadOnlyList<string> NameStems(Sentence introduction)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        return Text.TextAnalyzer.Stems(SpeakerName(introduction)).ToList();
    }

    /// <summary>The name an introduction opens with, before its first comma: "Qiao Hong, a member of …".</summary>
    public static string SpeakerName(Sentence introduction)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        var comma = introduction.Text.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 ? introduction.Text[..comma] : introduction.Text;
    }

    private static IReadOnlyList<Sentence?> Compute(ArticleIndex index)
    {
        var naming = new Sentence?[index.Sentences.Count];
        Sentence? introduction = null;
        Regex? name = null;
        foreach (var sentence in index.Sentences)
        {
            if (sentence.Kind != PartKind.Body) continue;
            if (SpeakerIntroduction.Matches(sentence.Text))
            {
                introduction = sentence;
                var words = SpeakerName(sentence).Split(' ').Select(Regex.Escape);
                name = new Regex($@"\b({string.Join('|', words)})\b", RegexOptions.CultureInvariant);
            }

            if (introduction is null || introduction.Source != sentence.Source || sentence.Paragraph - introduction.Paragraph > MaxQuoteRun) continue;
            if (sentence == introduction || ReportedSpeech().IsMatch(sentence.Text) || name!.IsMatch(sentence.Text)) naming[sentence.Index] = introduction;
        }

        return naming;
    }

    // Quotation marks, "he said" / "she added" after a quote, or "according to her".
    [GeneratedRegex(@"[“”""]|\b(he|she|they) (said|says|added|noted|stressed|explained|believes|thinks)\b|\b[Aa]ccording to (him|her|them)\b")]
    private static partial Regex ReportedSpeech();

    [GeneratedRegex(@"\b(who|whom|which (of the )?([\w\-]+ )?(people|person|experts?|executives?|speakers?|deputy|deputies|officials?|academicians?|scientists?|lawmakers?|legislators?|delegates?|analysts?|economists?|consultants?))\b.*\b(said|say|says|saying|speaks?|spoke|speaking|stated|stressed|stresses|argued|argues|believes?|thinks?|noted|added|described|describes|warned|warns|pointed|mentioned|quoted|called|calls|emphasi[sz]ed|claims?|claimed|expressed|told)\b")]
    private static partial Regex WhoSaid();
}
