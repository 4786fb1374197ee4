using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;

namespace ArticleQA.IntegrationTests;

/// <summary><c>articleqa teams-package</c> writes a zip that Teams accepts for sideloading.</summary>
public sealed class TeamsPackageTests : IDisposable
{
    private const string BotId = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task TeamsPackage_WritesManifestAndIconsAtTheZipRoot()
    {
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder.Path, "out")).FullName, "app.zip");

        var run = await CliProcess.RunAsync(_folder.Path, ["teams-package", "--out", path], null, ("MicrosoftAppId", BotId));

        Assert.Equal(0, run.ExitCode);
        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var manifest = JsonDocument.Parse(Read(zip, "manifest.json"));
        var root = manifest.RootElement;
        var version = root.GetProperty("manifestVersion").GetString()!;
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", root.GetProperty("$schema").GetString());
        Assert.True(Version.Parse(version) >= new Version(1, 19), $"manifest {version} is not a current schema");
        Assert.Matches(@"^\d+\.\d+\.\d+$", root.GetProperty("version").GetString());
        Assert.True(Guid.TryParseExact(root.GetProperty("id").GetString(), "D", out _));
        var bot = Assert.Single(root.GetProperty("bots").EnumerateArray());
        Assert.Equal(BotId, bot.GetProperty("botId").GetString());
        Assert.Equal(["personal"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.InRange(root.GetProperty("name").GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(root.GetProperty("description").GetProperty("short").GetString()!.Length, 1, 80);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", root.GetProperty("accentColor").GetString());
        foreach (var url in root.GetProperty("developer").EnumerateObject().Where(p => p.Name.EndsWith("Url", StringComparison.Ordinal)))
            Assert.StartsWith("https://", url.Value.GetString());
        Assert.Equal("color.png", root.GetProperty("icons").GetProperty("color").GetString());
        Assert.Equal("outline.png", root.GetProperty("icons").GetProperty("outline").GetString());
    }

    [Fact]
    public async Task TeamsPackage_IconsAre192ColourAnd32WhiteOnTransparentOutline()
    {
        var path = Path.Combine(_folder.Path, "app.zip");

        await CliProcess.RunAsync(_folder.Path, ["teams-package", "--out", path, "--bot-id", BotId], null);

        using var zip = ZipFile.OpenRead(path);
        var color = Png.Read(Read(zip, "color.png"));
        var outline = Png.Read(Read(zip, "outline.png"));
        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.True(color.Pixels().All(p => p.A == 255), "the colour icon is opaque");
        Assert.True(color.Pixels().Select(p => (p.R, p.G, p.B)).Distinct().Count() >= 2, "the colour icon shows a shape");
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.All(outline.Pixels(), p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), "outline pixels are white or transparent"));
        Assert.Contains(outline.Pixels(), p => p.A == 255);
        Assert.Contains(outline.Pixels(), p => p.A == 0);
    }

    [Fact]
    public async Task TeamsPackage_NamesTheIngestedArticleByItsTitle()
    {
        var path = Path.Combine(_folder.Path, "app.zip");

        var run = await CliProcess.RunAsync(_folder.Path, ["teams-package", "--out", path, "--bot-id", BotId], null);

        Assert.Equal(0, run.ExitCode);
        var (name, description) = FullTexts(path);
        Assert.Equal("ArticleQA: questions about \u201CPowering up\u201D", name);
        Assert.StartsWith("Ask about the article \u201CPowering up\u201D. Every answer quotes", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsPackage_AnotherCorpus_IsNamedByItsOwnArticles()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_folder.Path, "corpus")).FullName;
        foreach (var slug in new[] { "platypus", "nasa-sentinel6-launch" })
            File.Copy(Path.Combine(TestPaths.Root, "tests", "data", "articles", slug, "article.txt"), Path.Combine(corpus, slug + ".txt"));
        var path = Path.Combine(_folder.Path, "app.zip");

        var run = await CliProcess.RunAsync(_folder.Path, ["teams-package", "--out", path, "--bot-id", BotId], null, ("ArticleQA__CorpusPath", corpus));

        Assert.Equal(0, run.ExitCode);
        var (name, description) = FullTexts(path);
        Assert.Equal("ArticleQA: questions about 2 news articles", name);
        Assert.Contains("\u201CPlatypus\u201D", description, StringComparison.Ordinal);
        Assert.Contains("\u201CNASA, US and European Partners Launch Mission to Monitor Global Ocean\u201D (21 November 2020)", description, StringComparison.Ordinal);
        Assert.DoesNotContain("Powering up", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsPackage_ConfiguredNameAndDescription_AreKept()
    {
        var path = Path.Combine(_folder.Path, "app.zip");

        var run = await CliProcess.RunAsync(_folder.Path, ["teams-package", "--out", path, "--bot-id", BotId], null,
            ("ArticleQA__Teams__FullName", "Our newsroom assistant"), ("ArticleQA__Teams__FullDescription", "Ask about today's story."));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(("Our newsroom assistant", "Ask about today's story."), FullTexts(path));
    }

    [Fact]
    public async Task TeamsPackage_WithoutBotId_ExitsTwoSayingWhatToSetAndWritesNothing()
    {
        var path = Path.Combine(_folder.Path, "app.zip");

        var run = await CliProcess.RunAsync(_folder.Path, ["teams-package", "--out", path], null, ("MicrosoftAppId", ""), ("HOME", _folder.Path));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("MicrosoftAppId", run.Stderr);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task TeamsPackage_BotIdNotAGuid_ExitsTwo()
    {
        var run = await CliProcess.RunAsync(_folder.Path, ["teams-package", "--out", Path.Combine(_folder.Path, "app.zip"), "--bot-id", "my-bot"], null);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("GUID", run.Stderr);
    }

    public void Dispose() => _folder.Dispose();

    private static (string? Name, string? Description) FullTexts(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var manifest = JsonDocument.Parse(Read(zip, "manifest.json"));
        var root = manifest.RootElement;
        return (root.GetProperty("name").GetProperty("full").GetString(), root.GetProperty("description").GetProperty("full").GetString());
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Just enough of a PNG reader for 8-bit RGBA images: size and pixels, every row filter undone.</summary>
    private sealed record Png(int Width, int Height, byte[] Rgba)
    {
        public static Png Read(byte[] file)
        {
            Assert.Equal([137, 80, 78, 71, 13, 10, 26, 10], file[..8]);
            int width = 0, height = 0;
            using var data = new MemoryStream();
            for (var i = 8; i < file.Length;)
            {
                var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(i));
                var type = System.Text.Encoding.ASCII.GetString(file, i + 4, 4);
                var body = file.AsSpan(i + 8, length);
                if (type == "IHDR")
                {
                    (width, height) = (BinaryPrimitives.ReadInt32BigEndian(body), BinaryPrimitives.ReadInt32BigEndian(body[4..]));
                    Assert.Equal((8, 6), (body[8], body[9]));
                }
                else if (type == "IDAT")
                {
                    data.Write(body);
                }

                i += 12 + length;
            }

            data.Position = 0;
            using var inflated = new MemoryStream();
            using (var zlib = new ZLibStream(data, CompressionMode.Decompress)) zlib.CopyTo(inflated);
            return new Png(width, height, Unfilter(inflated.ToArray(), width, height));
        }

        public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
        {
            for (var i = 0; i < Rgba.Length; i += 4) yield return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
        }

        private static byte[] Unfilter(byte[] raw, int width, int height)
        {
            var stride = width * 4;
            var pixels = new byte[stride * height];
            for (var y = 0; y < height; y++)
            {
                var filter = raw[y * (stride + 1)];
                for (var x = 0; x < stride; x++)
                {
                    var value = raw[(y * (stride + 1)) + 1 + x];
                    int left = x >= 4 ? pixels[(y * stride) + x - 4] : 0, up = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                    int upLeft = x >= 4 && y > 0 ? pixels[((y - 1) * stride) + x - 4] : 0;
                    pixels[(y * stride) + x] = (byte)(value + filter switch
                    {
                        0 => 0,
                        1 => left,
                        2 => up,
                        3 => (left + up) / 2,
                        4 => Paeth(left, up, upLeft),
                        _ => throw new InvalidDataException($"unknown PNG filter {filter}"),
                    });
                }
            }

            return pixels;
        }

        private static int Paeth(int a, int b, int c)
        {
            int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }
    }
}
