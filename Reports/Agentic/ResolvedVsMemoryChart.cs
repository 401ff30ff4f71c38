using QwenEval.Core;
using QwenEval.Reports.Charts;
using ScottPlot;

namespace QwenEval.Reports.Agentic;

/// <summary>
/// The agentic resolved rate (with its 95% Wilson interval) against memory footprint, beside each model's pass@1 on
/// the function-level tasks (hollow marker) where it has one: does the model that fits also work as an agent?
/// </summary>
public sealed class ResolvedVsMemoryChart : IReportWriter
{
    public const string BaseName = "resolved_vs_memory";

    public void Write(ReportContext c)
    {
        if (c.AgenticScores.Count == 0) return;
        var passAt1 = c.Scores.ToDictionary(s => s.Model.Name, s => s.PassAt1);
        c.ResolvedChartSvg = Draw(c.Folder, c.AgenticScores, passAt1, c.Input.MemoryBudgetsGb, $"resolved rate vs memory — {c.Input.Agentic!.SuiteLabel}");
    }

    public static string Draw(string folder, IReadOnlyList<AgenticScore> scores, IReadOnlyDictionary<string, double> passAt1, IReadOnlyList<double> budgetsGiB, string title)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        // Only models with a measured footprint get a point; the others are named in the x-axis label.
        var placed = scores.Where(s => Footprint.Of(s.Model).GiB is not null).ToList();
        var unplaced = scores.Where(s => Footprint.Of(s.Model).GiB is null).Select(s => s.Name).ToList();
        var maxX = budgetsGiB.Concat(placed.Select(s => Footprint.Of(s.Model).GiB!.Value)).DefaultIfEmpty(1).Max() * 1.08;
        for (var i = 0; i < placed.Count; i++)
        {
            var s = placed[i];
            var x = Footprint.Of(s.Model).GiB!.Value;
            var color = palette.GetColor(i);
            var bar = plot.Add.Line(x, s.Wilson.Low * 100, x, s.Wilson.High * 100);
            bar.Color = color.WithAlpha(0.6);
            bar.LineWidth = 2;
            var marker = plot.Add.Marker(x, s.Resolved * 100);
            marker.Size = 11;
            marker.Color = color;
            marker.LegendText = $"{s.Name}: resolved";
            var label = plot.Add.Text($"{s.Name} {s.Resolved * 100:0.#}%", x, s.Resolved * 100);
            label.LabelFontSize = 12;
            label.OffsetX = 8;
            label.OffsetY = -8 + 15 * placed.Take(i).Count(o => Math.Abs(Footprint.Of(o.Model).GiB!.Value - x) < 0.12 * maxX && Math.Abs(o.Resolved - s.Resolved) < 0.04);
            if (passAt1.TryGetValue(s.Name, out var p))
            {
                var hollow = plot.Add.Marker(x, p * 100, ScottPlot.MarkerShape.OpenCircle, 11);
                hollow.Color = color;
                hollow.LegendText = $"{s.Name}: pass@1 (function tasks)";
            }
        }
        foreach (var budget in budgetsGiB.Select(b => new MemoryBudget(b)))
        {
            var machine = plot.Add.VerticalLine(budget.MachineGiB);
            machine.LinePattern = LinePattern.Dashed;
            machine.Color = Colors.DarkRed;
            machine.LegendText = $"{budget.MachineGiB:0.#} GB machine";
        }
        plot.Axes.SetLimits(-0.02 * maxX, maxX, -5, 108);
        plot.Title(title);
        plot.XLabel("Memory footprint (GiB, measured peak)" + (unplaced.Count > 0 ? $"; no measured footprint: {string.Join(", ", unplaced)}" : ""));
        plot.YLabel("resolved (%, filled) and pass@1 (%, hollow)");
        plot.ShowLegend(Edge.Bottom);
        AtomicFile.WriteAllBytes(Path.Combine(folder, BaseName + ".png"), plot.GetImageBytes(900, 560, ImageFormat.Png));
        var svg = plot.GetSvgXml(900, 560);
        AtomicFile.WriteAllText(Path.Combine(folder, BaseName + ".svg"), svg);
        return svg;
    }
}
