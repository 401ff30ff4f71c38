using QwenEval.Core;
using QwenEval.Reports.Scoring;
using ScottPlot;

namespace QwenEval.Reports.Charts;

/// <summary>What the two charts share: a model's point with its interval bar and label, and the file output.</summary>
internal static partial class ChartStyle
{
    public const int Width = 1000;
    public const int Height = 620;

    /// <param name="stack">how many labels already sit near this point: each moves this one a line down</param>
    public static void AddModelPoint(Plot plot, double x, ModelScore score, Color color, int stack = 0)
    {
        var y = score.PassAt1 * 100;
        var bar = plot.Add.Line(x, score.Wilson.Low * 100, x, score.Wilson.High * 100);
        bar.Color = color.WithAlpha(0.6);
        bar.LineWidth = 2;
        var marker = plot.Add.Marker(x, y);
        marker.Size = 11;
        marker.Color = color;
        var label = plot.Add.Text($"{score.Label} {y:0.#}%", x, y);
        label.LabelFontSize = 12;
        label.OffsetX = 8;
        label.OffsetY = -8 + 15 * stack;
    }

    /// <summary>For each point, how many earlier points are close enough that their labels would overlap.</summary>
    public static int[] LabelStacks(IReadOnlyList<(double X, double Y)> points, double xRange, double yRange) =>
        points.Select((p, i) => points.Take(i).Count(q => Math.Abs(q.X - p.X) < 0.12 * xRange && Math.Abs(q.Y - p.Y) < 0.04 * yRange)).ToArray();

    /// <summary>Writes the PNG and SVG files; returns the SVG text (report.html inlines it).</summary>
    public static string Save(Plot plot, string folder, string baseName)
    {
        AtomicFile.WriteAllBytes(Path.Combine(folder, baseName + ".png"), plot.GetImageBytes(Width, Height, ImageFormat.Png));
        var svg = RenumberClipIds(plot.GetSvgXml(Width, Height));
        AtomicFile.WriteAllText(Path.Combine(folder, baseName + ".svg"), svg);
        return svg;
    }

    /// <summary>
    /// Skia numbers SVG clip paths with a process-wide counter, so the same chart drawn twice in one process
    /// differs; numbering them from zero in order of appearance makes the file depend on the chart alone.
    /// </summary>
    internal static string RenumberClipIds(string svg)
    {
        var map = new Dictionary<string, string>();
        return ClipId().Replace(svg, m =>
        {
            if (!map.TryGetValue(m.Value, out var id)) map[m.Value] = id = $"cl_{map.Count}";
            return id;
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial System.Text.RegularExpressions.Regex ClipId();
}
