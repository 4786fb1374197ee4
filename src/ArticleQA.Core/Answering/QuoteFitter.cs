using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Answering;

/// <summary>
/// Keeps a quoted sentence within the answer length: a sentence that does not fit is cut at
/// clause boundaries to the run of clauses that holds most of the question's words. The cut is
/// an exact span of the source, so the citation's offsets stay true.
/// </summary>
public static class QuoteFitter
{
    private static readonly string[] Boundaries = [", ", "; ", ": ", " — ", " – "];

    /// <summary>The sentence itself when it fits in <paramref name="maxLength"/>; else its best-fitting clauses.</summary>
    public static Sentence Fit(Sentence sentence, int maxLength, IReadOnlyCollection<string> questionStems)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(questionStems);
        if (sentence.Text.Length <= maxLength) return sentence;

        var cuts = ClauseStarts(sentence.Text);
        var best = (Start: 0, End: Math.Min(maxLength, sentence.Text.Length), Score: -1.0);
        for (var a = 0; a < cuts.Count; a++)
        {
            for (var b = a + 1; b < cuts.Count; b++)
            {
                var (start, end) = (cuts[a], TrimEnd(sentence.Text, cuts[b]));
                if (end - start > maxLength) break;
                var stems = TextAnalyzer.Stems(sentence.Text[start..end]).ToHashSet(StringComparer.Ordinal);
                // The opening clause usually holds the sentence's subject ("Jane Roe, vice-president of …"): it wins ties.
                var score = questionStems.Count(stems.Contains) + (start == 0 ? 0.5 : 0);
                if (score > best.Score || (score == best.Score && end - start > best.End - best.Start)) best = (start, end, score);
            }
        }

        var text = sentence.Text[best.Start..best.End];
        return sentence with { Start = sentence.Start + best.Start, End = sentence.Start + best.End, Text = text };
    }

    /// <summary>Offsets where a clause may start, plus the end of the text.</summary>
    private static List<int> ClauseStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            foreach (var boundary in Boundaries)
            {
                if (string.CompareOrdinal(text, i, boundary, 0, boundary.Length) != 0) continue;
                starts.Add(i + boundary.Length);
                break;
            }
        }

        starts.Add(text.Length);
        return starts;
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':' or '—' or '–')) end--;
        return end;
    }
}
