using System.Globalization;
using CsvHelper;
using QwenEval.Reports.Scoring;

namespace QwenEval.Reports;

/// <summary>metrics.csv: one row per model.</summary>
public static class MetricsCsv
{
    public const string FileName = "metrics.csv";

    public static void Write(string path, IReadOnlyList<ModelScore> scores)
    {
        using var writer = new StreamWriter(path);
        using var csv = CsvWriter.Create(writer, null, leaveOpen: false);
        var statuses = Enum.GetValues<SampleStatus>();
        csv.WriteRecord([
            "model", "kind", "pass@1", "n_tasks", "n_samples", "disk_bytes", "peak_rss_bytes", "footprint_bytes",
            "footprint_source", .. statuses.Select(s => s.ToWire())]);
        foreach (var score in scores)
        {
            var footprint = Footprint.Of(score.Model);
            csv.WriteRecord([
                score.Model.Name,
                score.Model.Kind,
                score.PassAt1.ToString("0.0000", CultureInfo.InvariantCulture),
                Invariant(score.Tasks),
                Invariant(score.Samples),
                Invariant(score.Model.DiskBytes),
                score.Model.PeakRssBytes is { } rss ? Invariant(rss) : "",
                Invariant(footprint.Bytes),
                footprint.Source,
                .. statuses.Select(s => Invariant(score.StatusCounts[s]))]);
        }
    }

    private static string Invariant(long v) => v.ToString(CultureInfo.InvariantCulture);
}
