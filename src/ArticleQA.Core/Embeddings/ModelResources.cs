using System.Buffers.Binary;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ArticleQA.Core.Embeddings;

/// <summary>Reads the files an embedding model package carries as resources.</summary>
internal static class ModelResources
{
    public static Stream Open(EmbeddingModelInfo model, string file)
    {
        var assembly = Assembly.Load(model.AssemblyName);
        var name = $"{model.AssemblyName}.Resources.{file}";
        return assembly.GetManifestResourceStream(name)
               ?? throw new InvalidOperationException($"The package {model.AssemblyName} has no resource {name}.");
    }

    public static byte[] ReadAll(EmbeddingModelInfo model, string file)
    {
        // One array of the exact size: the model is about 90 MB, and a MemoryStream copy would double it.
        using var stream = Open(model, file);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>
    /// Copies a resource to <paramref name="destination"/>, read from the package's file when it has
    /// one: read through the loaded assembly instead, its pages (about 90 MB for a model) would stay
    /// mapped into the process and count in its working set for as long as it runs.
    /// </summary>
    public static void CopyTo(EmbeddingModelInfo model, string file, Stream destination)
    {
        var assembly = Assembly.Load(model.AssemblyName);
        var name = $"{model.AssemblyName}.Resources.{file}";
        if (string.IsNullOrEmpty(assembly.Location) || !CopyFromFile(assembly.Location, name, destination))
        {
            using var stream = Open(model, file);
            stream.CopyTo(destination);
        }
    }

    private static bool CopyFromFile(string assemblyPath, string name, Stream destination)
    {
        using var image = new FileStream(assemblyPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        long start;
        using (var pe = new PEReader(image, PEStreamOptions.LeaveOpen))
        {
            var metadata = pe.GetMetadataReader();
            if (pe.PEHeaders.CorHeader is not { } cor || !pe.PEHeaders.TryGetDirectoryOffset(cor.ResourcesDirectory, out var resources)) return false;
            var found = metadata.ManifestResources.Select(metadata.GetManifestResource)
                .Where(r => r.Implementation.IsNil && metadata.StringComparer.Equals(r.Name, name))
                .Select(r => (long?)(resources + r.Offset))
                .FirstOrDefault();
            if (found is null) return false;
            start = found.Value;
        }

        // An embedded resource is its length (4 bytes, little-endian) followed by its bytes.
        image.Position = start;
        Span<byte> prefix = stackalloc byte[4];
        image.ReadExactly(prefix);
        var length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
        var buffer = new byte[1 << 16];
        for (long left = length; left > 0;)
        {
            var read = image.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0) throw new EndOfStreamException($"{assemblyPath} ends inside its resource {name}.");
            destination.Write(buffer, 0, read);
            left -= read;
        }

        return true;
    }
}
