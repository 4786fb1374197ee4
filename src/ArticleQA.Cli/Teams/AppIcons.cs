namespace ArticleQA.Cli.Teams;

/// <summary>
/// The Teams app icons, drawn in code: a speech bubble with lines of text. The colour icon is
/// 192×192 on the accent colour; the outline icon is 32×32, white on transparent, as Teams requires.
/// </summary>
internal static class AppIcons
{
    /// <summary>Side of the colour icon.</summary>
    public const int ColorSize = 192;

    /// <summary>Side of the outline icon.</summary>
    public const int OutlineSize = 32;

    /// <summary>The 192×192 full-colour icon, as PNG.</summary>
    public static byte[] Color((byte R, byte G, byte B) accent)
    {
        const int n = ColorSize;
        var pixels = new byte[n * n * 4];
        for (var y = 0; y < n; y++)
        {
            for (var x = 0; x < n; x++)
            {
                var (cx, cy) = (x + 0.5, y + 0.5);
                var inBubble = Bubble(cx / n, cy / n, inset: 0);
                var onLine = inBubble && TextLine(cx / n, cy / n);
                var (r, g, b) = onLine ? accent : inBubble ? ((byte)255, (byte)255, (byte)255) : accent;
                Set(pixels, n, x, y, r, g, b, 255);
            }
        }

        return PngEncoder.Encode(n, n, pixels);
    }

    /// <summary>The 32×32 outline icon (white strokes, transparent elsewhere), as PNG.</summary>
    public static byte[] Outline()
    {
        const int n = OutlineSize;
        var pixels = new byte[n * n * 4];
        for (var y = 0; y < n; y++)
        {
            for (var x = 0; x < n; x++)
            {
                var (u, v) = ((x + 0.5) / n, (y + 0.5) / n);
                // The bubble's border (outer shape minus a shape inset by about two pixels) and its text lines.
                var stroke = (Bubble(u, v, inset: 0) && !Bubble(u, v, inset: 2.0 / n)) || (Bubble(u, v, inset: 0) && TextLine(u, v));
                if (stroke) Set(pixels, n, x, y, 255, 255, 255, 255);
            }
        }

        return PngEncoder.Encode(n, n, pixels);
    }

    // A rounded rectangle from (0.16, 0.2) to (0.84, 0.7) with a tail down to (0.3, 0.84), in unit coordinates.
    private static bool Bubble(double u, double v, double inset)
    {
        const double left = 0.16, top = 0.2, right = 0.84, bottom = 0.7, radius = 0.12;
        var (l, t, r, b, rad) = (left + inset, top + inset, right - inset, bottom - inset, Math.Max(0, radius - inset));
        var dx = Math.Max(Math.Max(l + rad - u, u - (r - rad)), 0);
        var dy = Math.Max(Math.Max(t + rad - v, v - (b - rad)), 0);
        var inRect = u >= l && u <= r && v >= t && v <= b && dx * dx + dy * dy <= rad * rad;
        // The tail: a triangle under the bubble's left part, shrunk like the rectangle.
        var inTail = v > b - 0.01 && v <= 0.84 - inset * 2 && u >= 0.3 + inset && u <= 0.3 + inset + (0.84 - inset * 2 - v) * 1.1;
        return inRect || inTail;
    }

    // Three lines of "text" inside the bubble, the last one shorter.
    private static bool TextLine(double u, double v)
    {
        foreach (var (top, end) in new[] { (0.32, 0.72), (0.42, 0.72), (0.52, 0.56) })
            if (v >= top && v <= top + 0.05 && u >= 0.28 && u <= end) return true;
        return false;
    }

    private static void Set(byte[] pixels, int width, int x, int y, byte r, byte g, byte b, byte a)
    {
        var i = ((y * width) + x) * 4;
        (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]) = (r, g, b, a);
    }
}
