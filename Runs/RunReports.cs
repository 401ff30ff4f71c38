using QwenEval.Reports;
using QwenEval.Reports.Scoring;
using QwenEval.Core;

namespace QwenEval.Runs;

/// <summary>Builds every report from run folders alone: one run into its own folder, or several onto one chart.</summary>
public static class RunReports
{
    public static IReadOnlyList<ModelScore> Write(IReadOnlyList<string> runPaths, string outFolder)
    {
        var runs = runPaths.Select(RunContents.Load).ToList();
        // Several runs may share model names; then each name carries its run id.
        var clash = runs.Count > 1 && runs.SelectMany(r => r.Manifest.Models.Select(m => m.Name)).GroupBy(n => n).Any(g => g.Count() > 1);

        List<ModelFacts> models = [];
        List<SampleOutcome> outcomes = [];
        List<SampleDetail> details = [];
        Dictionary<string, TaskFacts> tasks = new(StringComparer.Ordinal);
        List<string> notes = [];
        foreach (var run in runs)
        {
            var manifest = run.Manifest;
            string Name(string model) => clash ? $"{model}@{manifest.RunId}" : model;
            foreach (var m in manifest.Models)
            {
                var mine = run.Measurements.Where(x => x.Model == m.Name).ToList();
                var source = mine.LastOrDefault(x => x.MemorySource is not null)?.MemorySource;
                models.Add(new ModelFacts(Name(m.Name), m.Kind, m.DiskBytes,
                    mine.Max(x => x.PeakRssBytes), m.PredictedBytes, mine.Where(x => x.LoadMs > 0).Select(x => (double?)x.LoadMs).Max(), source));
                if (source == QwenEval.Core.Generation.MemoryReading.None && mine.All(x => x.PeakRssBytes is null))
                    notes.Add($"{Name(m.Name)} is not on the memory chart: it is served by an OpenAI-compatible server whose memory was not measured " +
                              "(give the model server_pid or server_process to measure it).");
            }
            foreach (var r in run.Results)
            {
                var cost = run.Samples.TryGetValue(r.Key, out var s) && run.Timings.TryGetValue(r.Key, out var t)
                    ? new SampleCost(s.PromptTokens, s.GeneratedTokens, t.TtftMs, t.GenerationMs, s.ThinkingTokens)
                    : null;
                outcomes.Add(new SampleOutcome(Name(r.Model), r.TaskId, r.SampleIndex, SampleStatusNames.FromWire(r.Status), cost));
            }
            details.AddRange(run.Details(Name));
            foreach (var t in manifest.Suite.TaskList ?? []) tasks.TryAdd(t.Id, new TaskFacts(t.Id, t.Difficulty, t.Tags));
            if (manifest.Sandbox == "none")
                notes.Add($"UNSANDBOXED: answers of run {manifest.RunId} ran without isolation (--unsafe-no-sandbox).");
        }
        var first = runs[0].Manifest;
        var suites = runs.Select(r => $"{r.Manifest.Suite.Name} v{r.Manifest.Suite.Version}").Distinct().ToList();
        var suiteLabel = suites.Count == 1 ? $"{suites[0]} ({first.Suite.Tasks} tasks, {first.Suite.Hash[..12]})" : string.Join(" + ", suites);
        if (runs.Select(r => r.Manifest.Suite.Hash).Distinct().Count() > 1)
            notes.Add("These runs used different suites: compare their pass rates with care.");
        var title = runs.Count == 1 ? $"QwenEval run {first.RunId}" : $"QwenEval runs {string.Join(", ", runs.Select(r => r.Manifest.RunId))}";
        var budgets = runs.SelectMany(r => Budgets(r.Manifest)).Distinct().Order().ToList();
        outcomes = outcomes.OrderBy(o => o.Model, StringComparer.Ordinal).ThenBy(o => o.TaskId, StringComparer.Ordinal).ThenBy(o => o.SampleIndex).ToList();
        details = details.OrderBy(o => o.Model, StringComparer.Ordinal).ThenBy(o => o.TaskId, StringComparer.Ordinal).ThenBy(o => o.SampleIndex).ToList();
        return ReportWriter.Write(new ReportInput(title, suiteLabel, models, outcomes, tasks, details, budgets, notes), outFolder);
    }

    private static IEnumerable<double> Budgets(RunManifest m) =>
        m.Config["memory_budgets_gb"]?.AsArray().Select(n => n!.GetValue<double>()) ?? [32.0, 64.0];
}
