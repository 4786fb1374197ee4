using System.Text.RegularExpressions;

namespace ArticleQA.Core.Text;

/// <summary>
/// Picks the question out of a message that wraps it in context: "Hi! When was the piece published? I need
/// the date for my source list." asks only its middle sentence, and the greeting and the reason would
/// otherwise be words the answer is expected to cover.
/// </summary>
public static partial class QuestionSentences
{
    // A question with fewer content words leans on the sentence before it: "She talks about two chains. Which two?"
    private const int MinContentWords = 3;

    /// <summary>
    /// The sentences of <paramref name="message"/> that end with a question mark; the whole message when none or all
    /// do, or when they say too little on their own ("… What does the article actually say?").
    /// </summary>
    public static string Extract(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sentences = Boundary().Split(message.Trim()).Where(s => s.Length > 0).ToList();
        if (sentences.Count < 2) return message;
        var questions = string.Join(' ', sentences.Where(s => s.TrimEnd().EndsWith('?')));
        return questions.Length == 0 || questions.Length == string.Join(' ', sentences).Length
               || TextAnalyzer.Stems(questions).Count() < MinContentWords || RefersBack().IsMatch(questions)
            ? message
            : questions;
    }

    // "The founder says the firm spent … What does the company plan to do next?" needs the sentence it refers back to.
    [GeneratedRegex(@"\b(he|she|it|they|them|his|her|its|their|this|that|these|those|there|the (company|firm|group|report|plan|province|country|city))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RefersBack();

    // After a sentence's closing mark and its space; "10.5" and "No. 1" stay whole.
    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu}|[“""'])")]
    private static partial Regex Boundary();
}
