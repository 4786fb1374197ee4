using System.Text;
using System.Text.RegularExpressions;

namespace ArticleQA.Core.Answering;

/// <summary>The verdict on a user's message before any answering work.</summary>
/// <param name="Question">The message cleaned of control characters, or empty.</param>
/// <param name="Refusal">Null when the question may be answered; else the reason (see <see cref="NoResultReasons"/>).</param>
/// <param name="Message">What to tell the user when refused.</param>
public sealed record GuardVerdict(string Question, string? Refusal, string? Message)
{
    /// <summary>True when the question may be answered.</summary>
    public bool Accepted => Refusal is null;
}

/// <summary>
/// Checks a message before answering: empty, too long, unreadable, or trying to change the
/// assistant's behaviour. Pure and cheap; runs on every message.
/// </summary>
public static partial class QuestionGuard
{
    /// <summary>The longest question answered.</summary>
    public const int MaxQuestionLength = 2000;

    private const string UnreadableMessage = "I could not read a question in that message. Please ask about the article in words.";

    /// <summary>Judges <paramref name="message"/>.</summary>
    public static GuardVerdict Check(string? message)
    {
        // Refuse very long input before spending time cleaning it.
        if (message is { Length: > MaxQuestionLength * 8 })
            return new("", NoResultReasons.QuestionTooLong, $"That question is {message.Length:N0} characters long; please keep it under {MaxQuestionLength:N0} characters.");
        if (LooksBinary(message ?? ""))
            return new("", NoResultReasons.Unreadable, UnreadableMessage);
        var cleaned = Clean(message ?? "");
        if (cleaned.Length == 0)
            return new(cleaned, NoResultReasons.EmptyQuestion, "Please type a question about the article, for example: What is the article about?");
        if (cleaned.Length > MaxQuestionLength)
            return new("", NoResultReasons.QuestionTooLong, $"That question is {cleaned.Length:N0} characters long; please keep it under {MaxQuestionLength:N0} characters.");
        if (!cleaned.Any(char.IsLetter) || cleaned.Count(char.IsLetterOrDigit) * 3 < cleaned.Length)
            return new(cleaned, NoResultReasons.Unreadable, UnreadableMessage);
        if (LooksLikeInstructions(cleaned))
            return new(cleaned, NoResultReasons.Instructions, "The article does not say. I only answer questions about the article, from what it says, and I don't take new instructions.");
        return new(cleaned, null, null);
    }

    private static bool LooksLikeInstructions(string question)
    {
        try
        {
            return Injection().IsMatch(question);
        }
        catch (RegexMatchTimeoutException)
        {
            // The timeout is a guard against pathological input, but it is wall-clock time: on a
            // loaded machine it also fires on ordinary questions. Answering from the article is
            // safe either way, so a timed-out check never fails the turn.
            return false;
        }
    }

    /// <summary>True when much of the text is control characters or undecodable bytes (binary sent as text).</summary>
    private static bool LooksBinary(string text)
    {
        if (text.Length == 0) return false;
        var junk = text.Count(c => c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t')));
        return junk * 10 > text.Length;
    }

    /// <summary>Removes control and format characters, folds whitespace runs to one space.</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxQuestionLength * 4));
        var space = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                space = builder.Length > 0;
                continue;
            }

            if (category is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.PrivateUse
                or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.OtherNotAssigned || rune.Value == 0xFFFD)
                continue;
            if (space) builder.Append(' ');
            space = false;
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    [GeneratedRegex(
        @"\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules|prompts?|guidelines|previous|above|everything|context)\b" +
        @"|\b(you are now|act as|pretend (to be|you)|role-?play|jailbreak|developer mode|system override|system prompt|hidden prompt)\b" +
        @"|\b(reveal|print|show|repeat|output)\b.{0,30}\b(prompt|instructions|configuration|api key|secrets?)\b" +
        @"|\b(write|compose|tell)\b.{0,25}\b(poem|story|joke|song|essay|limerick|haiku|code)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Injection();
}
