using System.Globalization;
using ArticleQA.Core.Answering;

namespace ArticleQA.Evaluation.Training;

/// <summary>
/// An answer policy written as <c>THRESHOLD/SHARE/SENTENCES</c> ("0.32/0.9/3"), as <c>train</c> prints one: abstain
/// below the threshold, join sentences at the share of the best one's probability, quote at most that many sentences.
/// </summary>
public static class PolicyText
{
    /// <summary>The policy <paramref name="text"/> writes, or null with a one-line <paramref name="problem"/>.</summary>
    public static AnswerPolicy? Parse(string text, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        problem = $"'{text}' is not THRESHOLD/SHARE/SENTENCES, e.g. 0.32/0.9/3 (threshold 0 to 1, share above 0 up to 2, sentences 1 to 10)";
        if (parts.Length != 3
            || !double.TryParse(parts[0], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var threshold) || threshold > 1
            || !double.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share) || share is <= 0 or > 2
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var sentences) || sentences is < 1 or > 10)
            return null;
        problem = null;
        return new AnswerPolicy { AbstainBelow = threshold, JoinShare = share, MaxSentences = sentences };
    }

    /// <summary>The policy written as <see cref="Parse"/> reads it.</summary>
    public static string Format(AnswerPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return string.Create(CultureInfo.InvariantCulture, $"{policy.AbstainBelow:0.00}/{policy.JoinShare:0.00}/{policy.MaxSentences}");
    }
}
