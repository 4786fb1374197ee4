using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace ArticleQA.Cli.Teams;

/// <summary>Writes the sideloadable Teams app package: manifest.json, color.png and outline.png at the zip's root.</summary>
internal static class TeamsPackageWriter
{
    /// <summary>Writes the package for <paramref name="botId"/> to <paramref name="path"/>, replacing any file there.</summary>
    public static async Task WriteAsync(string path, string botId, TeamsPackageOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var manifest = TeamsManifest.Create(botId, options);
        var accent = ParseColor(options.AccentColor);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);

        // Written next to the target first, so a failure never leaves half a package behind.
        var partial = path + ".partial";
        await using (var file = File.Create(partial))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            await AddAsync(zip, TeamsManifest.FileName, JsonSerializer.SerializeToUtf8Bytes(manifest, new JsonSerializerOptions { WriteIndented = true }), cancellationToken);
            await AddAsync(zip, TeamsManifest.ColorIcon, AppIcons.Color(accent), cancellationToken);
            await AddAsync(zip, TeamsManifest.OutlineIcon, AppIcons.Outline(), cancellationToken);
        }

        File.Move(partial, path, overwrite: true);
    }

    private static async Task AddAsync(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(content, cancellationToken);
    }

    private static (byte R, byte G, byte B) ParseColor(string hex)
    {
        var value = int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return ((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }
}
