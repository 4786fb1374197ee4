namespace ArticleQA.Core.Ingestion;

/// <summary>Turns a file of some format into text. Register more loaders for more formats.</summary>
public interface IDocumentLoader
{
    /// <summary>True when this loader reads files with the extension of <paramref name="path"/>.</summary>
    bool CanLoad(string path);

    /// <summary>Reads the file as text, offsets as in the decoded file.</summary>
    Task<string> LoadAsync(string path, CancellationToken cancellationToken = default);
}

/// <summary>Plain text and Markdown, read as UTF-8 with line endings kept as in the file.</summary>
public sealed class PlainTextLoader : IDocumentLoader
{
    private static readonly string[] Extensions = [".txt", ".md", ".markdown"];

    /// <inheritdoc />
    public bool CanLoad(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public async Task<string> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        var text = await File.ReadAllTextAsync(path, System.Text.Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        if (text.Contains('\0'))
            throw new InvalidDataException("it contains NUL bytes and looks binary, not text");
        return text;
    }
}
