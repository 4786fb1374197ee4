namespace ArticleQA.Core.Tests;

/// <summary>The fake token counter: one token per whitespace-separated word.</summary>
internal static class WordCount
{
    private static readonly char[] Separators = [' ', '\t', '\r', '\n'];

    public static int Of(string text) => text.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Length;
}
