using System.Globalization;
using QwenEval.Core;
using QwenEval.Reports.Scoring;

namespace QwenEval.Reports.Charts;

/// <summary>
/// The chart people publish: pass@1 with its interval against each model's measured memory footprint (GiB, log
/// scale), the Pareto frontier of models nothing smaller beats, and the memory budgets of the machines in question.
/// Models without a measured footprint are listed under the chart with the reason, never placed by a guess.
/// </summary>
public sealed class PassVsMemoryChart : IReportWriter
{
    public const string BaseName = "pass_vs_memory";

    private static readonly Stroke MachineStroke = new(Rgb.Hex("#8b0000"), 1.3, Dash.Dashed);
    private static readonly Stroke GpuShareStroke = new(Rgb.Hex("#e07b00"), 1.6, Dash.Dotted);
    private static readonly Stroke FrontierStroke = new(Rgb.Hex("#7f7f7f"), 1.5, Dash.Dotted);

    public void Write(ReportContext c) => c.MemoryChartSvg = ModelPoints.Save(Build(c.Input, c.Scores), c.Folder, BaseName);

    public static ScatterChart Build(ReportInput input, IReadOnlyList<ModelScore> scores)
    {
        var c = CultureInfo.InvariantCulture;
        var kind = ReportedInterval.For(scores);
        var (placed, missing) = ModelPoints.Split(scores, s => Footprint.Of(s.Model) is var f ? (f.GiB, f.MissingReason!) : default);
        var lines = new List<ReferenceLine>();
        foreach (var budget in input.MemoryBudgetsGb.Select(b => new MemoryBudget(b)))
        {
            lines.Add(new ReferenceLine(budget.MachineGiB, string.Create(c, $"{budget.MachineGiB:0.#} GiB machine"), MachineStroke));
            lines.Add(new ReferenceLine(budget.GpuWiredGiB, string.Create(c, $"GPU share of a {budget.MachineGiB:0.#} GiB Mac: {budget.GpuWiredGiB:0.#} GiB"), GpuShareStroke));
        }
        var frontier = ParetoFrontier(scores).Select(f => placed.FindIndex(p => p.Score == f)).ToList();

        var keys = new List<LegendEntry>();
        if (frontier.Count > 0)
            keys.Add(new LegendEntry(new LineSymbol(FrontierStroke), frontier.Count == 1
                ? "Pareto frontier (one model: nothing smaller passes more)"
                : "Pareto frontier (models that pass more than every smaller one)"));
        if (placed.Count > 0) keys.Add(ModelPoints.IntervalLegend(kind, scores, placed.Select(p => p.Score)));
        if (lines.Count > 0)
        {
            keys.Add(new LegendEntry(new LineSymbol(MachineStroke), "machine memory (memory_budgets_gb, read as GiB as Macs are sold)"));
            keys.Add(new LegendEntry(new LineSymbol(GpuShareStroke),
                "default GPU share of a Mac that size (2/3 up to 32 GiB, 3/4 above): an Apple-silicon assumption, not this run's machine"));
        }

        return new ScatterChart(
            $"pass@1 vs memory footprint — {input.SuiteLabel}{(input.Partial ? " — PARTIAL RUN" : "")}",
            "Memory footprint: measured peak resident memory of the model's worker process (GiB, log scale)",
            "pass@1 (%)",
            LogScale.Spanning(placed.Select(p => p.X).Concat(lines.Select(l => l.X))),
            placed.Select(p => ModelPoints.Point(p.Score, p.Index, p.X, kind)).ToList(),
            lines,
            frontier,
            placed.Select(p => ModelPoints.Legend(p.Score, p.Index)).ToList(),
            keys,
            [.. input.Notes, .. ModelPoints.NotPlotted("no measured memory footprint", missing)],
            input.ProvenanceLines);
    }

    /// <summary>Models with a measured footprint, by footprint, that pass more than every smaller model.</summary>
    public static IReadOnlyList<ModelScore> ParetoFrontier(IReadOnlyList<ModelScore> scores)
    {
        var frontier = new List<ModelScore>();
        foreach (var s in scores.Where(s => Footprint.Of(s.Model).Bytes is not null)
                     .OrderBy(s => Footprint.Of(s.Model).Bytes).ThenByDescending(s => s.PassAt1))
            if (frontier.Count == 0 || s.PassAt1 > frontier[^1].PassAt1) frontier.Add(s);
        return frontier;
    }
}
