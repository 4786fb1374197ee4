namespace ArticleQA.Llm.Composition;

/// <summary>Keeps the API key out of anything shown or logged.</summary>
public static class SecretMasker
{
    /// <summary>How a secret is shown: whether it is set, never any of it.</summary>
    public static string Describe(string? secret) => string.IsNullOrWhiteSpace(secret) ? "(not set)" : "******** (set)";

    /// <summary><paramref name="text"/> with every occurrence of <paramref name="secret"/> replaced.</summary>
    public static string Mask(string text, string? secret)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.IsNullOrWhiteSpace(secret) ? text : text.Replace(secret.Trim(), "********", StringComparison.Ordinal);
    }
}
