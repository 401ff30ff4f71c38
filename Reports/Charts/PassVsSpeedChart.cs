using QwenEval.Reports.Scoring;

namespace QwenEval.Reports.Charts;

/// <summary>pass@1 against decode speed: the other trade-off a local model makes. Models without speed figures are left out.</summary>
public sealed class PassVsSpeedChart : IReportWriter
{
    public void Write(ReportContext c) => Write(c.Folder, c.Scores, $"pass@1 vs decode speed — {c.Input.SuiteLabel}");

    public const string BaseName = "pass_vs_speed";

    public static void Write(string folder, IReadOnlyList<ModelScore> scores, string title)
    {
        var plot = new ScottPlot.Plot();
        var palette = new ScottPlot.Palettes.Category10();
        // A model keeps its colour from the memory chart: the palette index is its place among all models.
        var withSpeed = scores.Select((s, i) => (Score: s, Colour: i, Tps: s.Speed.DecodeTokensPerSecond))
            .Where(x => x.Tps is not null).ToList();
        var maxX = withSpeed.Select(x => x.Tps!.Value).DefaultIfEmpty(10).Max() * 1.25;
        var stacks = ChartStyle.LabelStacks(withSpeed.Select(x => (x.Tps!.Value, x.Score.PassAt1 * 100)).ToList(), maxX, 100);
        for (var i = 0; i < withSpeed.Count; i++)
            ChartStyle.AddModelPoint(plot, withSpeed[i].Tps!.Value, withSpeed[i].Score, palette.GetColor(withSpeed[i].Colour), stacks[i]);
        plot.Axes.SetLimits(0, maxX, -5, 108);
        plot.Title(title);
        plot.XLabel(withSpeed.Count == 0 ? "Decode speed (tokens/s) — no model in this run generates tokens" : "Decode speed (tokens/s)");
        plot.YLabel("pass@1 (%) with 95% interval");
        ChartStyle.Save(plot, folder, BaseName);
    }
}
