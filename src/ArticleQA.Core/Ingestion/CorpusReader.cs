namespace ArticleQA.Core.Ingestion;

/// <summary>A corpus file as read: its name relative to the corpus folder and its text.</summary>
public sealed record CorpusFile(string Source, string Text);

/// <summary>Reads every document under the corpus folder that a loader understands.</summary>
public sealed class CorpusReader(IEnumerable<IDocumentLoader> loaders)
{
    // Notes kept beside an article (where it came from, its licence) are not part of it.
    private static readonly HashSet<string> NotArticles = new(StringComparer.OrdinalIgnoreCase) { "SOURCE.md", "README.md", "LICENSE.md", "NOTICE.md" };

    /// <summary>Reads the documents directly in <paramref name="folder"/> and its sub-folders but <c>questions/</c>.</summary>
    /// <exception cref="CorpusException">The folder is missing, empty, or a file cannot be read.</exception>
    public async Task<IReadOnlyList<CorpusFile>> ReadAsync(string folder, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
            throw new CorpusException($"Corpus folder not found: {Path.GetFullPath(folder)}");

        var files = new List<CorpusFile>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (relative.StartsWith("questions/", StringComparison.Ordinal) || NotArticles.Contains(Path.GetFileName(path))) continue;
            var loader = loaders.FirstOrDefault(l => l.CanLoad(path));
            if (loader is null) continue;
            try
            {
                var text = await loader.LoadAsync(path, cancellationToken).ConfigureAwait(false);
                files.Add(new CorpusFile(relative, text));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                throw new CorpusException($"Cannot read corpus file {Path.GetFullPath(path)}: {e.Message}", e);
            }
        }

        if (files.Count == 0)
            throw new CorpusException($"No documents (.txt, .md) in corpus folder {Path.GetFullPath(folder)}");
        return files;
    }
}
