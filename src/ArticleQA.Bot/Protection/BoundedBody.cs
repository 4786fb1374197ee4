namespace ArticleQA.Bot.Protection;

/// <summary>Reads a request body into memory, refusing to read past a size limit.</summary>
public static class BoundedBody
{
    /// <summary>The whole body, rewound, or null when it is longer than <paramref name="max"/> bytes.</summary>
    public static async Task<MemoryStream?> ReadAsync(Stream source, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                await buffer.DisposeAsync().ConfigureAwait(false);
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }
}
