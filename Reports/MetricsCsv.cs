using System.Globalization;
using CsvHelper;
using QwenEval.Reports.Scoring;
using QwenEval.Core;

namespace QwenEval.Reports;

/// <summary>
/// metrics.csv: one row per model, every figure the charts use and every status count. The footprint is the
/// measured peak or empty with footprint_missing saying why; predicted and on-disk bytes have their own columns.
/// </summary>
public sealed class MetricsCsv : IReportWriter
{
    public void Write(ReportContext c) => Write(c.File(FileName), c.Scores, c.Input.UnscoredModels);

    public const string FileName = "metrics.csv";

    /// <summary>The state column: complete, incomplete (fewer verdicts than asked for), or why a model has no figures.</summary>
    public static void Write(string path, IReadOnlyList<ModelScore> scores, IReadOnlyList<UnscoredModel>? unscored = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(writer, null, leaveOpen: false);
        var statuses = Enum.GetValues<SampleStatus>();
        var ks = scores.SelectMany(s => s.PassAtK.Keys).Distinct().Order().ToList();
        string[] header = [
            "model", "kind", "pass@1", .. ks.Where(k => k > 1).Select(k => $"pass@{k}"),
            "pass@1_wilson_low", "pass@1_wilson_high", "pass@1_bootstrap_low", "pass@1_bootstrap_high",
            "n_tasks", "n_samples", "n_samples_planned", "disk_bytes", "peak_rss_bytes", "predicted_bytes", "footprint_bytes", "footprint_source", "footprint_missing",
            "load_ms", "ttft_median_ms", "prefill_tokens_per_s", "decode_tokens_per_s", "thinking_tokens_mean",
            .. statuses.Select(s => s.ToWire()), "state"];
        csv.WriteRecord(header);
        foreach (var s in scores)
        {
            var footprint = Footprint.Of(s.Model);
            csv.WriteRecord([
                s.Model.Name, s.Model.Kind, F(s.PassAt1),
                .. ks.Where(k => k > 1).Select(k => s.PassAtK.TryGetValue(k, out var v) ? F(v) : ""),
                F(s.Wilson.Low), F(s.Wilson.High), F(s.Bootstrap.Low), F(s.Bootstrap.High),
                I(s.Tasks), I(s.Samples), I(s.Model.PlannedSamples), I(s.Model.DiskBytes), I(s.Model.PeakRssBytes), I(s.Model.PredictedBytes),
                I(footprint.Bytes), footprint.Source, footprint.MissingReason ?? "",
                F(s.Model.LoadMs, "0.0"), F(s.Speed.TtftMedianMs, "0.0"), F(s.Speed.PrefillTokensPerSecond, "0.00"), F(s.Speed.DecodeTokensPerSecond, "0.00"), F(s.Speed.MeanThinkingTokens, "0.0"),
                .. statuses.Select(st => I(s.StatusCounts[st])), s.Incomplete ? $"incomplete: {s.Samples}/{s.Model.PlannedSamples} judged" : "complete"]);
        }
        // Listed, with every figure empty: a model without verdicts has no pass rate, not a 0% one.
        foreach (var u in unscored ?? [])
            csv.WriteRecord([u.Name, u.Kind, .. Enumerable.Repeat("", header.Length - 3), u.Why]);
        csv.Flush();
        AtomicFile.WriteAllText(path, writer.ToString());
    }

    internal static string F(double? v, string format = "0.0000") => v?.ToString(format, CultureInfo.InvariantCulture) ?? "";

    internal static string I(long? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";
}
