using System.Globalization;
using System.Net;
using System.Text;

namespace ArticleQA.Evaluation.Reports;

/// <summary>One bar of a chart.</summary>
/// <param name="Label">Text on the left of the bar.</param>
/// <param name="Value">Its length, between 0 and the chart's maximum.</param>
/// <param name="Series">Which series (colour) it belongs to.</param>
public sealed record Bar(string Label, double Value, int Series = 0);

/// <summary>Inline SVG charts for the self-contained HTML report: no scripts, no external assets.</summary>
public static class SvgCharts
{
    private const int Width = 760;
    private const int LabelWidth = 190;
    private const int BarHeight = 14;

    // Labels longer than these are shortened (the full text is in the bar's tooltip), so that a
    // label never runs past the chart's left edge or into the next legend entry.
    private const int LabelChars = 28;
    private const int LegendChars = 26;
    private static readonly string[] Palette = ["#1a73e8", "#e8710a", "#188038", "#d93025", "#9334e6", "#12b5cb", "#f9ab00", "#5f6368"];

    /// <summary>The colour of series <paramref name="index"/>.</summary>
    public static string Colour(int index) => Palette[index % Palette.Length];

    /// <summary>
    /// Horizontal bars grouped by metric, one colour per series, on a 0..1 scale (values above 1
    /// are clipped), with a legend of <paramref name="series"/> names.
    /// </summary>
    public static string GroupedBars(string title, IReadOnlyList<string> series, IReadOnlyList<(string Group, IReadOnlyList<double> Values)> groups)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(groups);
        var legendRows = (series.Count + 3) / 4;
        var groupHeight = (series.Count * BarHeight) + 14;
        var height = 30 + (legendRows * 18) + (groups.Count * groupHeight) + 20;
        var svg = Open(title, height);
        for (var s = 0; s < series.Count; s++)
        {
            var x = 10 + (s % 4 * 185);
            var y = 26 + (s / 4 * 18);
            svg.Append(Invariant($"<rect x=\"{x}\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"{Colour(s)}\"/><text x=\"{x + 16}\" y=\"{y + 10}\">{Encode(Fit(series[s], LegendChars))}</text>"));
        }

        var top = 34 + (legendRows * 18);
        var scale = Width - LabelWidth - 60;
        foreach (var (group, values) in groups)
        {
            svg.Append(Invariant($"<text x=\"{LabelWidth - 8}\" y=\"{top + (series.Count * BarHeight / 2) + 4}\" text-anchor=\"end\">{Encode(Fit(group, LabelChars))}</text>"));
            for (var s = 0; s < values.Count; s++)
            {
                var length = Math.Clamp(values[s], 0, 1) * scale;
                var y = top + (s * BarHeight);
                svg.Append(Invariant($"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{BarHeight - 2}\" fill=\"{Colour(s)}\"><title>{Encode(series[s])}: {values[s]:0.000}</title></rect>"));
                svg.Append(Invariant($"<text x=\"{LabelWidth + length + 4:0.#}\" y=\"{y + 10}\" class=\"value\">{values[s]:0.000}</text>"));
            }

            top += groupHeight;
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Horizontal bars, one per row, on a 0..<paramref name="maximum"/> scale.</summary>
    public static string Bars(string title, IReadOnlyList<Bar> bars, double maximum = 1, string format = "0.000")
    {
        ArgumentNullException.ThrowIfNull(bars);
        var height = 36 + (bars.Count * (BarHeight + 4)) + 10;
        var svg = Open(title, height);
        var scale = Width - LabelWidth - 60;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 32 + (i * (BarHeight + 4));
            var length = maximum <= 0 ? 0 : Math.Clamp(bar.Value / maximum, 0, 1) * scale;
            svg.Append(Invariant($"<text x=\"{LabelWidth - 8}\" y=\"{y + 10}\" text-anchor=\"end\">{Encode(Fit(bar.Label, LabelChars))}</text>"));
            svg.Append(Invariant($"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{BarHeight}\" fill=\"{Colour(bar.Series)}\"><title>{Encode(bar.Label)}: {bar.Value.ToString(format, CultureInfo.InvariantCulture)}</title></rect>"));
            svg.Append(Invariant($"<text x=\"{LabelWidth + length + 4:0.#}\" y=\"{y + 11}\" class=\"value\">{bar.Value.ToString(format, CultureInfo.InvariantCulture)}</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A histogram of <paramref name="values"/> (milliseconds) in <paramref name="bins"/> equal bins, with p50 and p95 marked.</summary>
    public static string Histogram(string title, IReadOnlyList<double> values, double p50, double p95, int bins = 20)
    {
        ArgumentNullException.ThrowIfNull(values);
        // Top to bottom: the title, a band with the p50 and p95 labels on rows of their own, then the
        // bars (their count labels stay below the band), the axis and its ticks.
        const int height = 240;
        const int left = 50;
        const int bottom = 200;
        const int tallestBar = 130;
        int[] markerLabelRows = [36, 52];
        var plotWidth = Width - left - 20;
        var svg = Open(title, height);
        var maximum = values.Count == 0 ? 1 : Math.Max(values.Max(), 1e-6);
        var counts = new int[bins];
        foreach (var value in values) counts[Math.Min(bins - 1, (int)(value / maximum * bins))]++;
        var tallest = Math.Max(1, counts.Max());
        var binWidth = plotWidth / (double)bins;
        for (var b = 0; b < bins; b++)
        {
            var barHeight = counts[b] / (double)tallest * tallestBar;
            var from = maximum * b / bins;
            svg.Append(Invariant($"<rect class=\"bin\" x=\"{left + (b * binWidth) + 1:0.#}\" y=\"{bottom - barHeight:0.#}\" width=\"{binWidth - 2:0.#}\" height=\"{barHeight:0.#}\" fill=\"{Colour(0)}\"><title>{from:0.#}–{from + (maximum / bins):0.#} ms: {counts[b]}</title></rect>"));
            if (counts[b] > 0) svg.Append(Invariant($"<text x=\"{left + (b * binWidth) + (binWidth / 2):0.#}\" y=\"{bottom - barHeight - 3:0.#}\" text-anchor=\"middle\" class=\"value\">{counts[b]}</text>"));
        }

        svg.Append(Invariant($"<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{left + plotWidth}\" y2=\"{bottom}\" stroke=\"#5f6368\"/>"));
        for (var tick = 0; tick <= 4; tick++)
            svg.Append(Invariant($"<text x=\"{left + (plotWidth * tick / 4.0):0.#}\" y=\"{bottom + 16}\" text-anchor=\"middle\">{maximum * tick / 4:0.#} ms</text>"));
        var markers = new[] { ("p50", p50, Colour(2)), ("p95", p95, Colour(3)) };
        for (var m = 0; m < markers.Length; m++)
        {
            var (name, value, colour) = markers[m];
            var x = left + (Math.Clamp(value / maximum, 0, 1) * plotWidth);
            var row = markerLabelRows[m];
            // Near the right edge the label reads leftwards from its line, so it stays inside the chart.
            var (labelX, anchor) = x > left + (plotWidth * 0.75) ? (x - 3, "end") : (x + 3, "start");
            svg.Append(Invariant($"<line class=\"marker\" x1=\"{x:0.#}\" y1=\"{row - 12}\" x2=\"{x:0.#}\" y2=\"{bottom}\" stroke=\"{colour}\" stroke-dasharray=\"4 3\"/><text x=\"{labelX:0.#}\" y=\"{row}\" text-anchor=\"{anchor}\" fill=\"{colour}\">{name} {value:0.#} ms</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string title, int height) =>
        new StringBuilder()
            .Append(Invariant($"<svg class=\"chart\" role=\"img\" aria-label=\"{Encode(title)}\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"system-ui,sans-serif\" font-size=\"12\">"))
            .Append(Invariant($"<title>{Encode(title)}</title><text x=\"10\" y=\"16\" font-weight=\"bold\" font-size=\"13\">{Encode(title)}</text>"));

    private static string Fit(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
