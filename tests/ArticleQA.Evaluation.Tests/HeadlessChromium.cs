using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ArticleQA.Evaluation.Tests;

/// <summary>
/// Lays a page out in Debian's headless <c>chromium</c> (scripts/test.sh installs it with apt-get)
/// and reads measurements a script took from the DOM: sizes, not pixels.
/// </summary>
internal static partial class HeadlessChromium
{
    /// <summary>
    /// Opens a copy of <paramref name="htmlPath"/> at <paramref name="width"/> px with
    /// <paramref name="script"/> appended; the script stores a JSON value in <c>document.body.dataset.layout</c>.
    /// </summary>
    public static async Task<JsonElement> MeasureAsync(string htmlPath, string script, int width)
    {
        var browser = Find() ?? throw new InvalidOperationException(
            "chromium is not installed; scripts/test.sh installs it (apt-get install chromium)");
        var page = Path.Combine(Path.GetDirectoryName(htmlPath)!, "layout-probe.html");
        var html = await File.ReadAllTextAsync(htmlPath);
        await File.WriteAllTextAsync(page, html.Replace("</body>", $"<script>{script}</script></body>", StringComparison.Ordinal));

        var profile = Directory.CreateTempSubdirectory("articleqa-chromium-");
        try
        {
            var start = new ProcessStartInfo(browser) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", $"--user-data-dir={profile.FullName}", $"--window-size={width},900", "--dump-dom", new Uri(page).AbsoluteUri })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var dom = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var match = Layout().Match(await dom);
            if (!match.Success) throw new InvalidOperationException($"chromium returned no measurements (exit {process.ExitCode}): {(await errors).Trim()}");
            return JsonDocument.Parse(WebUtility.HtmlDecode(match.Groups[1].Value)).RootElement.Clone();
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .SelectMany(dir => new[] { "chromium", "chromium-browser" }.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    [GeneratedRegex("data-layout=\"([^\"]*)\"")]
    private static partial Regex Layout();
}
