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
        var maxX = budgetsGiB.Concat(scores.Select(s => Footprint.Of(s.Model).GiB)).DefaultIfEmpty(1).Max() * 1.08;
        var stacks = ChartStyle.LabelStacks(scores.Select(s => (Footprint.Of(s.Model).GiB, s.Resolved * 100)).ToList(), maxX, 100);
        for (var i = 0; i < scores.Count; i++)
        {
            var s = scores[i];
            var x = Footprint.Of(s.Model).GiB;
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
            label.OffsetY = -8 + 15 * stacks[i];
            if (passAt1.TryGetValue(s.Name, out var p))
            {
                var hollow = plot.Add.Marker(x, p * 100, MarkerShape.OpenCircle, 11);
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
        plot.XLabel("Memory footprint (GiB; measured peak of the model's worker where available)");
        plot.YLabel("resolved (%, filled) and pass@1 (%, hollow)");
        plot.ShowLegend(Edge.Bottom);
        return ChartStyle.Save(plot, folder, BaseName);
    }
}
