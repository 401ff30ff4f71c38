using System.Globalization;
using QwenEval.Core;
using QwenEval.Reports.Charts;

namespace QwenEval.Reports.Agentic;

/// <summary>
/// The agentic resolved rate (with its 95% Wilson interval) against memory footprint (GiB, log scale), beside each
/// model's pass@1 on the function-level tasks (hollow marker) where it has one: does the model that fits also work
/// as an agent? Drawn by the same chart writer as pass@1 vs memory, so labels never cover each other.
/// </summary>
public sealed class ResolvedVsMemoryChart : IReportWriter
{
    public const string BaseName = "resolved_vs_memory";

    private static readonly Stroke MachineStroke = new(Rgb.Hex("#8b0000"), 1.3, Dash.Dashed);

    public void Write(ReportContext c)
    {
        if (c.AgenticScores.Count == 0) return;
        var passAt1 = c.Scores.ToDictionary(s => s.Model.Name, s => s.PassAt1);
        c.ResolvedChartSvg = ModelPoints.Save(Build(c.Input, c.AgenticScores, passAt1), c.Folder, BaseName);
    }

    public static ScatterChart Build(ReportInput input, IReadOnlyList<AgenticScore> scores, IReadOnlyDictionary<string, double> passAt1)
    {
        var c = CultureInfo.InvariantCulture;
        // Only models with a measured footprint get a point; the others are listed under the chart with the reason.
        var placed = new List<(int Index, AgenticScore Score, double X)>();
        var missing = new List<(string Model, string Reason)>();
        for (var i = 0; i < scores.Count; i++)
        {
            var f = Footprint.Of(scores[i].Model);
            if (f.GiB is { } x && x > 0) placed.Add((i, scores[i], x));
            else missing.Add((scores[i].Name, f.MissingReason ?? "no measured peak"));
        }
        var lines = input.MemoryBudgetsGb.Select(b => new MemoryBudget(b))
            .Select(b => new ReferenceLine(b.MachineGiB, string.Create(c, $"{b.MachineGiB:0.#} GiB machine"), MachineStroke)).ToList();

        var points = new List<ScatterPoint>();
        var legend = new List<LegendEntry>();
        foreach (var (index, s, x) in placed)
        {
            var colour = ModelStyle.Colour(index);
            var shape = ModelStyle.Marker(s.Model.Kind);
            points.Add(new ScatterPoint($"{s.Name} {ScatterChart.Percent(s.Resolved)}", x, s.Resolved * 100, s.Wilson.Low * 100, s.Wilson.High * 100, colour, shape));
            legend.Add(new LegendEntry(new MarkerSymbol(shape, colour), $"{s.Name}: resolved ({ModelStyle.KindLabel(s.Model.Kind)})"));
            if (!passAt1.TryGetValue(s.Name, out var p)) continue;
            points.Add(new ScatterPoint($"{s.Name} pass@1 {ScatterChart.Percent(p)}", x, p * 100, null, null, colour, shape, Hollow: true));
            legend.Add(new LegendEntry(new MarkerSymbol(shape, colour, Hollow: true), $"{s.Name}: pass@1 (function tasks)"));
        }
        var keys = new List<LegendEntry>();
        if (placed.Count > 0) keys.Add(new LegendEntry(new BarSymbol(Rgb.Muted), "bars: 95% Wilson interval of the resolved rate over episodes"));
        if (lines.Count > 0) keys.Add(new LegendEntry(new LineSymbol(MachineStroke), "machine memory (memory_budgets_gb, read as GiB as Macs are sold)"));

        return new ScatterChart(
            $"resolved rate vs memory footprint — {input.Agentic?.SuiteLabel}{(input.Partial ? " — PARTIAL RUN" : "")}",
            "Memory footprint: measured peak resident memory of the model's worker process (GiB, log scale)",
            "resolved (%, filled) and pass@1 (%, hollow)",
            LogScale.Spanning(placed.Select(p => p.X).Concat(lines.Select(l => l.X))),
            points,
            lines,
            [],
            legend,
            keys,
            [.. input.Notes, .. ModelPoints.NotPlotted("no measured memory footprint", missing)],
            input.ProvenanceLines);
    }
}
