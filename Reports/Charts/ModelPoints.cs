using QwenEval.Core;
using QwenEval.Reports.Scoring;

namespace QwenEval.Reports.Charts;

/// <summary>What both pass@1 charts do with models: place those with a value on the x axis, list the others with why.</summary>
public static class ModelPoints
{
    /// <summary>Models with an x value (index: place among all models, for the colour), and the rest with the reason.</summary>
    public static (List<(int Index, ModelScore Score, double X)> Placed, List<(string Model, string Reason)> Missing) Split(
        IReadOnlyList<ModelScore> scores, Func<ModelScore, (double? X, string Reason)> x)
    {
        var placed = new List<(int, ModelScore, double)>();
        var missing = new List<(string, string)>();
        for (var i = 0; i < scores.Count; i++)
        {
            var (value, reason) = x(scores[i]);
            if (value is { } v && v > 0) placed.Add((i, scores[i], v));
            else missing.Add((scores[i].Model.Name, reason));
        }
        return (placed, missing);
    }

    public static ScatterPoint Point(ModelScore s, int index, double x, IntervalKind kind)
    {
        var interval = ReportedInterval.Of(s, kind);
        var spread = ReportedInterval.HasSpread(interval);
        return new ScatterPoint($"{s.Model.Name} {ScatterChart.Percent(s.PassAt1)}", x, s.PassAt1 * 100,
            spread ? interval.Low * 100 : null, spread ? interval.High * 100 : null, ModelStyle.Colour(index), ModelStyle.Marker(s.Model.Kind));
    }

    public static LegendEntry Legend(ModelScore s, int index) =>
        new(new MarkerSymbol(ModelStyle.Marker(s.Model.Kind), ModelStyle.Colour(index)), $"{s.Model.Name} ({ModelStyle.KindLabel(s.Model.Kind)})");

    /// <summary>The interval's legend entry: which interval the bars are, and what a plotted point without a bar means.</summary>
    public static LegendEntry IntervalLegend(IntervalKind kind, IReadOnlyList<ModelScore> scores, IEnumerable<ModelScore> plotted)
    {
        var text = "bars: " + ReportedInterval.Describe(kind, scores);
        if (plotted.Any(s => !ReportedInterval.HasSpread(ReportedInterval.Of(s, kind))))
            text += "; no bar: every task scored the same, so the bootstrap has no spread";
        return new LegendEntry(new BarSymbol(Rgb.Muted), text);
    }

    /// <summary>"Not plotted (why): a, b (reason); c (reason)."</summary>
    public static IEnumerable<string> NotPlotted(string what, IReadOnlyList<(string Model, string Reason)> missing) =>
        missing.Count == 0
            ? []
            : [$"Not plotted ({what}): " + string.Join("; ", missing.GroupBy(m => m.Reason).Select(g => $"{string.Join(", ", g.Select(m => m.Model))} ({g.Key})")) + "."];

    /// <summary>Writes name.png and name.svg; returns the SVG text (report.html inlines it).</summary>
    public static string Save(ScatterChart chart, string folder, string baseName)
    {
        var (svg, png) = chart.Render();
        AtomicFile.WriteAllBytes(Path.Combine(folder, baseName + ".png"), png);
        AtomicFile.WriteAllText(Path.Combine(folder, baseName + ".svg"), svg);
        return svg;
    }
}
