using System.Text.RegularExpressions;

namespace ArticleQA.Core.Conversation;

/// <summary>A question made standalone.</summary>
/// <param name="Text">The standalone question (the original when it was not a follow-up).</param>
/// <param name="IsFollowUp">True when it leaned on earlier turns.</param>
/// <param name="CarriedNames">Names brought over from earlier turns.</param>
public sealed record ResolvedQuestion(string Text, bool IsFollowUp, IReadOnlyList<string> CarriedNames);

/// <summary>
/// Resolves follow-ups without a language model: a question that points back ("his company",
/// "that", "And how many…?") gets the names of the previous turn appended, so that retrieval
/// and answering see what it refers to.
/// </summary>
public static partial class FollowUpResolver
{
    /// <summary>Resolves <paramref name="question"/> against <paramref name="history"/>.</summary>
    public static ResolvedQuestion Resolve(string question, ConversationHistory? history)
    {
        ArgumentNullException.ThrowIfNull(question);
        var last = history?.Last;
        if (last is null || !PointsBack(question)) return new ResolvedQuestion(question, false, []);

        var carried = last.Names.Where(n => !question.Contains(n, StringComparison.OrdinalIgnoreCase)).Take(4).ToList();
        if (carried.Count == 0) return new ResolvedQuestion(question, false, []);
        return new ResolvedQuestion($"{question} ({string.Join(", ", carried)})", true, carried);
    }

    /// <summary>True when the question refers to something said before.</summary>
    public static bool PointsBack(string question) => Anaphora().IsMatch(question);

    [GeneratedRegex(
        @"\b(he|him|his|she|her|hers|they|them|their|theirs|it|its|this|that|these|those|there|then)\b(?<!\b(is|are|was|were) there)(?! (is|are|was|were) (the|a|an)\b)" +
        @"|^(and|so|also|what about|how about|what else|how so)\b" +
        @"|\bthe (company|firm|group|province|city|country|report|organi[sz]ation|startup|executive|expert|scientist|deputy|same)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anaphora();
}
