using QwenEval.Reports.Scoring;
using ScottPlot;

namespace QwenEval.Reports;

/// <summary>The chart people publish: pass@1 against memory footprint, with the memory budgets drawn in.</summary>
public static class PassVsMemoryChart
{
    public const string BaseName = "pass_vs_memory";

    public static void Write(string folder, IReadOnlyList<ModelScore> scores, IReadOnlyList<double> budgetsGb, string suiteLabel)
    {
        var plot = new Plot();
        var sources = scores.Select(s => Footprint.Of(s.Model).Source).Distinct().ToList();
        var xLabel = sources.Count == 1 && sources[0] == "peak_rss"
            ? "Memory footprint (GB, measured peak RSS)"
            : "Memory footprint (GB, bytes on disk of the model files)";
        foreach (var score in scores)
        {
            var x = Footprint.Of(score.Model).Gigabytes;
            var y = score.PassAt1 * 100;
            var marker = plot.Add.Marker(x, y);
            marker.Size = 10;
            var label = plot.Add.Text($"{score.Model.Name} ({y:0.#}%)", x, y);
            label.LabelFontSize = 12;
            label.OffsetX = 8;
            label.OffsetY = -6;
        }
        foreach (var gb in budgetsGb)
        {
            var line = plot.Add.VerticalLine(gb);
            line.LinePattern = LinePattern.Dashed;
            line.Text = $"{gb:0.#} GB machine";
        }
        var maxX = Math.Max(budgetsGb.DefaultIfEmpty(1).Max(), scores.Select(s => Footprint.Of(s.Model).Gigabytes).DefaultIfEmpty(1).Max()) * 1.1;
        plot.Axes.SetLimits(-0.02 * maxX, maxX, -5, 110);
        plot.Title($"Pass@1 vs memory — {suiteLabel}");
        plot.XLabel(xLabel);
        plot.YLabel("pass@1 (%)");
        plot.SavePng(Path.Combine(folder, BaseName + ".png"), 900, 560);
        plot.SaveSvg(Path.Combine(folder, BaseName + ".svg"), 900, 560);
    }
}
