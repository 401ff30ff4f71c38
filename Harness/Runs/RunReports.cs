using QwenEval.Reports;
using QwenEval.Reports.Scoring;

namespace QwenEval.Harness.Runs;

/// <summary>Builds every report of a run from the run folder alone.</summary>
public static class RunReports
{
    public static IReadOnlyList<ModelScore> Write(string runPath, IReadOnlyList<double> memoryBudgetsGb)
    {
        var manifest = RunFolder.ReadManifest(runPath);
        var outcomes = JsonLines.Read<ResultRecord>(Path.Combine(runPath, RunFolder.ResultsFile))
            .DistinctBy(r => r.Key)
            .Select(r => new SampleOutcome(r.Model, r.TaskId, r.SampleIndex, SampleStatusNames.FromWire(r.Status)))
            .ToList();
        var peaks = JsonLines.Read<MeasurementRecord>(Path.Combine(runPath, RunFolder.MeasurementsFile))
            .Where(m => m.PeakRssBytes is not null)
            .GroupBy(m => m.Model)
            .ToDictionary(g => g.Key, g => g.Max(m => m.PeakRssBytes!.Value));
        var models = manifest.Models.Select(m => new ModelFacts(m.Name, m.Kind, m.DiskBytes, peaks.TryGetValue(m.Name, out var p) ? p : null)).ToList();
        List<string> notes = [];
        if (manifest.Sandbox == "none")
            notes.Add("UNSANDBOXED: answers ran without isolation (--unsafe-no-sandbox).");
        var suiteLabel = $"{manifest.Suite.Name} v{manifest.Suite.Version} ({manifest.Suite.Tasks} tasks, {manifest.Suite.Hash[..12]})";
        return ReportWriter.Write(new ReportInput(manifest.RunId, suiteLabel, models, outcomes, memoryBudgetsGb, notes), runPath);
    }
}
