using QwenEval.Reports.Scoring;
using ScottPlot;
using QwenEval.Core;

namespace QwenEval.Reports.Charts;

/// <summary>
/// The chart people publish: pass@1 (with its 95% Wilson interval) against memory footprint, the Pareto
/// frontier of models nothing smaller beats, and the memory budgets of the machines in question.
/// </summary>
public sealed class PassVsMemoryChart : IReportWriter
{
    public void Write(ReportContext c) =>
        c.MemoryChartSvg = Write(c.Folder, c.Scores, c.Input.MemoryBudgetsGb, $"pass@1 vs memory — {c.Input.SuiteLabel}");

    public const string BaseName = "pass_vs_memory";

    /// <returns>the chart as SVG text</returns>
    public static string Write(string folder, IReadOnlyList<ModelScore> scores, IReadOnlyList<double> budgetsGiB, string title)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        // A model without a memory figure has no point (the summary says why); the others keep their colours.
        var plotted = Enumerable.Range(0, scores.Count).Where(i => Footprint.Of(scores[i].Model).OnChart).ToList();
        var maxX = budgetsGiB.Concat(plotted.Select(i => Footprint.Of(scores[i].Model).GiB)).DefaultIfEmpty(1).Max() * 1.08;
        var stacks = ChartStyle.LabelStacks(plotted.Select(i => (Footprint.Of(scores[i].Model).GiB, scores[i].PassAt1 * 100)).ToList(), maxX, 100);
        for (var j = 0; j < plotted.Count; j++)
            ChartStyle.AddModelPoint(plot, Footprint.Of(scores[plotted[j]].Model).GiB, scores[plotted[j]], palette.GetColor(plotted[j]), stacks[j]);

        var frontier = ParetoFrontier(plotted.Select(i => scores[i]).ToList());
        if (frontier.Count > 1)
        {
            var line = plot.Add.ScatterLine(frontier.Select(s => Footprint.Of(s.Model).GiB).ToArray(), frontier.Select(s => s.PassAt1 * 100).ToArray());
            line.LinePattern = LinePattern.Dotted;
            line.Color = Colors.Gray;
            line.LegendText = "Pareto frontier";
        }

        foreach (var budget in budgetsGiB.Select(b => new MemoryBudget(b)))
        {
            var machine = plot.Add.VerticalLine(budget.MachineGiB);
            machine.LinePattern = LinePattern.Dashed;
            machine.Color = Colors.DarkRed;
            machine.LegendText = $"{budget.MachineGiB:0.#} GB machine";
            var wired = plot.Add.VerticalLine(budget.GpuWiredGiB);
            wired.LinePattern = LinePattern.Dotted;
            wired.Color = Colors.DarkOrange;
            wired.LegendText = $"{budget.MachineGiB:0.#} GB Mac, GPU default share ({budget.GpuWiredGiB:0.#} GiB)";
        }

        var sources = plotted.Select(i => Footprint.Of(scores[i].Model).Source).Distinct().Order(StringComparer.Ordinal).ToList();
        plot.Axes.SetLimits(-0.02 * maxX, maxX, -5, 108);
        plot.Title(title);
        plot.XLabel($"Memory footprint (GiB; {SourceLabel(sources)})");
        plot.YLabel("pass@1 (%) with 95% interval");
        plot.ShowLegend(Edge.Bottom);
        return ChartStyle.Save(plot, folder, BaseName);
    }

    /// <summary>Models, by footprint, that pass more than every smaller model.</summary>
    public static IReadOnlyList<ModelScore> ParetoFrontier(IReadOnlyList<ModelScore> scores)
    {
        var frontier = new List<ModelScore>();
        foreach (var s in scores.OrderBy(s => Footprint.Of(s.Model).Bytes).ThenByDescending(s => s.PassAt1))
            if (frontier.Count == 0 || s.PassAt1 > frontier[^1].PassAt1) frontier.Add(s);
        return frontier;
    }

    private static string SourceLabel(IReadOnlyList<string> sources) => sources switch
    {
        ["peak_rss"] => "measured peak resident memory of each model's worker",
        ["server_peak_rss"] => "measured peak memory of each model's server",
        ["peak_rss", "server_peak_rss"] => "measured peak memory of each model's worker or server",
        ["disk"] => "bytes on disk of the model files",
        ["predicted"] => "predicted",
        _ => "measured peak where available, else predicted or on-disk size",
    };
}
