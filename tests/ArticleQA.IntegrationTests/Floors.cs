namespace ArticleQA.IntegrationTests;

/// <summary>
/// Quality floors of the shipped ranker, a little under the figures of the run recorded in
/// docs/measurements.md, so that a real regression fails and noise does not.
/// </summary>
internal static class Floors
{
    public const double ValidationAnswerAccuracy = 0.64;
    public const double ValidationCitationPrecision = 0.77;
    public const double ValidationAbstention = 0.48;
    public const double ValidationFalseAbstentionsAtMost = 0.17;
}
