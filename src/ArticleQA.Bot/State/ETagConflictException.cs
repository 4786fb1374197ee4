namespace ArticleQA.Bot.State;

/// <summary>
/// A write carried an ETag that is no longer the stored one: someone else wrote the item since it
/// was read. Like <c>MemoryStorage</c>'s conflict, it derives from <see cref="Exception"/> directly.
/// </summary>
public sealed class ETagConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ETagConflictException()
        : base("Etag conflict.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ETagConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ETagConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
