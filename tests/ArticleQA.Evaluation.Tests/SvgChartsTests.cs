using System.Text.RegularExpressions;
using ArticleQA.Evaluation.Reports;

namespace ArticleQA.Evaluation.Tests;

public sealed class SvgChartsTests
{
    [Fact]
    public void Histogram_CountsEveryValueOnceAndMarksThePercentiles()
    {
        double[] values = [1, 2, 2, 3, 10, 10, 10, 40];

        var svg = SvgCharts.Histogram("latency", values, p50: 6.5, p95: 29.5, bins: 4);

        // Bins of 10 ms: [0,10) 4, [10,20) 3, [20,30) 0, [30,40] 1.
        var counts = Regex.Matches(svg, @"ms: (\d+)</title>").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([4, 3, 0, 1], counts);
        Assert.Contains("p50 6.5 ms", svg);
        Assert.Contains("p95 29.5 ms", svg);
    }

    [Fact]
    public void GroupedBars_DrawsOneBarPerSeriesAndGroup_WithLengthsToScale()
    {
        var svg = SvgCharts.GroupedBars("metrics", ["a", "b"], [("accuracy", [1.0, 0.5]), ("recall", [0.25, 0.0])]);

        var widths = Regex.Matches(svg, "class=\"bar\"[^>]*width=\"([0-9.]+)\"").Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(4, widths.Count);
        Assert.Equal(widths[0] / 2, widths[1], precision: 0);
        Assert.Equal(widths[0] / 4, widths[2], precision: 0);
        Assert.Equal(0, widths[3]);
        Assert.StartsWith("<svg ", svg);
        Assert.EndsWith("</svg>", svg);
    }

    [Fact]
    public void Bars_EncodesLabels()
    {
        var svg = SvgCharts.Bars("tags", [new Bar("<why & how>", 0.5)]);

        Assert.Contains("&lt;why &amp; how&gt;", svg);
        Assert.DoesNotContain("<why", svg);
    }
}
