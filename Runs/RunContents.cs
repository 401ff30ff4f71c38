using QwenEval.Reports;

namespace QwenEval.Runs;

/// <summary>Everything in a run folder, read once: the manifest and every record, deduplicated by sample key.</summary>
public sealed record RunContents(
    string Path,
    RunManifest Manifest,
    IReadOnlyDictionary<SampleKey, SampleRecord> Samples,
    IReadOnlyList<ResultRecord> Results,
    IReadOnlyDictionary<SampleKey, TimingRecord> Timings,
    IReadOnlyList<MeasurementRecord> Measurements,
    IReadOnlyDictionary<SampleKey, Agentic.EpisodeRecord> Episodes)
{
    public static RunContents Load(string path)
    {
        var manifest = RunFolder.ReadManifest(path);
        string F(string name) => System.IO.Path.Combine(path, name);
        return new RunContents(path, manifest,
            JsonLines.Read<SampleRecord>(F(RunFolder.SamplesFile)).DistinctBy(s => s.Key).ToDictionary(s => s.Key),
            JsonLines.Read<ResultRecord>(F(RunFolder.ResultsFile)).DistinctBy(r => r.Key)
                .OrderBy(r => r.Model, StringComparer.Ordinal).ThenBy(r => r.TaskId, StringComparer.Ordinal).ThenBy(r => r.SampleIndex).ToList(),
            JsonLines.Read<TimingRecord>(F(RunFolder.TimingsFile)).DistinctBy(t => t.Key).ToDictionary(t => t.Key),
            JsonLines.Read<MeasurementRecord>(F(RunFolder.MeasurementsFile)),
            JsonLines.Read<Agentic.EpisodeRecord>(F(RunFolder.EpisodesFile)).DistinctBy(e => e.Key).ToDictionary(e => e.Key));
    }

    /// <summary>Draws each model should have: the suite's tasks × the config's samples_per_task.</summary>
    public int ExpectedSamplesPerModel =>
        Manifest.Suite.Tasks * (Manifest.Config["samples_per_task"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<int>(out var n) ? n : 1);

    /// <summary>Each judged sample as reports show it; model names can be rewritten (runs combined on one chart).</summary>
    public IEnumerable<SampleDetail> Details(Func<string, string>? modelName = null) =>
        Results.Select(r =>
        {
            Samples.TryGetValue(r.Key, out var s);
            return new SampleDetail((modelName ?? (m => m))(r.Model), r.TaskId, r.SampleIndex, r.Status,
                s?.Messages.LastOrDefault(x => x.Role == "user")?.Content ?? "", s?.RawAnswer ?? "", s?.Code, r.Detail,
                (r.StdoutTail + (r.StderrTail.Length > 0 ? "\n--- stderr ---\n" + r.StderrTail : "")).Trim());
        });
}
