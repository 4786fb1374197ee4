using System.Text.RegularExpressions;
using ArticleQA.Core.Answering;

namespace ArticleQA.Core.Conversation;

/// <summary>
/// A question that points at someone with "he" or "her company" needs an earlier turn that names
/// them. When the conversation names nobody (its first message, or the state was lost), the
/// question is asked back rather than answered about something else. A pronoun that points inside
/// the question itself (to the person a "who" asks for, or a "herself") needs nothing earlier.
/// </summary>
public static partial class References
{
    /// <summary>The question to ask back, or null when <paramref name="profile"/> refers to nothing unresolved.</summary>
    public static string? Clarification(QuestionProfile profile, ResolvedQuestion resolved)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(resolved);
        if (!profile.RefersBack || resolved.IsFollowUp || profile.Names.Count > 0) return null;
        var text = Folded(profile);
        if (Inside().IsMatch(text)) return null;
        if (Possessive().Match(text) is { Success: true } possessive)
            return $"Whose {possessive.Groups["thing"].Value} do you mean? Please name the person you are asking about.";
        var pronoun = QuestionProfiler.PersonalPronoun().Match(text).Value;
        return $"Who do you mean by “{pronoun}”? Please name the person you are asking about.";
    }

    /// <summary>
    /// True when the question's "he" or "her" points inside it: to the person a "who" asks for, in a clause after it
    /// ("Who led the firm, and how long did he last?"), or back to its own subject ("…the singer herself").
    /// </summary>
    public static bool PointsInside(QuestionProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Inside().IsMatch(Folded(profile));
    }

    private static string Folded(QuestionProfile profile) => Text.TextAnalyzer.Fold(profile.Text).ToLowerInvariant();

    [GeneratedRegex(@"\bwho(m|se)?\b[^?]*(,|\band\b)[^?]*\b(he|him|his|she|her|hers)\b|\b(himself|herself)\b")]
    private static partial Regex Inside();

    [GeneratedRegex(@"\b(his|her) (own )?(?<thing>[a-z][a-z\-]+)")]
    private static partial Regex Possessive();
}
