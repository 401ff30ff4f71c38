using QwenEval.Reports.Scoring;

namespace QwenEval.Reports.Charts;

/// <summary>
/// pass@1 against decode speed (tokens/s, log scale): the other trade-off a local model makes. Every model with
/// timed generations is placed; the others are listed under the chart with the reason.
/// </summary>
public sealed class PassVsSpeedChart : IReportWriter
{
    public const string BaseName = "pass_vs_speed";

    public void Write(ReportContext c) => c.SpeedChartSvg = ModelPoints.Save(Build(c.Input, c.Scores), c.Folder, BaseName);

    public static ScatterChart Build(ReportInput input, IReadOnlyList<ModelScore> scores)
    {
        var kind = ReportedInterval.For(scores);
        var (placed, missing) = ModelPoints.Split(scores, s => (s.Speed.DecodeTokensPerSecond, WhyNoSpeed(s)));
        return new ScatterChart(
            $"pass@1 vs decode speed — {input.SuiteLabel}{(input.Partial ? " — PARTIAL RUN" : "")}",
            "Decode speed: generated tokens per second after the first, over all of the model's samples (log scale)",
            "pass@1 (%)",
            LogScale.Spanning(placed.Select(p => p.X)),
            placed.Select(p => ModelPoints.Point(p.Score, p.Index, p.X, kind)).ToList(),
            [],
            [],
            placed.Select(p => ModelPoints.Legend(p.Score, p.Index)).ToList(),
            placed.Count > 0 ? [ModelPoints.IntervalLegend(kind, scores, placed.Select(p => p.Score))] : [],
            [.. input.Notes, .. ModelPoints.NotPlotted("no decode speed", missing)],
            input.ProvenanceLines);
    }

    private static string WhyNoSpeed(ModelScore s) => s.Model.Kind is "reference" or "decoy"
        ? "pseudo-model: generates no tokens"
        : "no timed generation with more than one token";
}
