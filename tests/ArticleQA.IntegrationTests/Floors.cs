namespace ArticleQA.IntegrationTests;

/// <summary>
/// Quality floors of the shipped ranker, a little under the figures of the run recorded in
/// docs/measurements.md, so that a real regression fails and noise does not.
/// </summary>
internal static class Floors
{
    public const double ValidationAnswerAccuracy = 0.66;
    public const double ValidationCitationPrecision = 0.79;
    public const double ValidationAbstention = 0.53;
    public const double ValidationFalseAbstentionsAtMost = 0.19;
}
