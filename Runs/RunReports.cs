using System.Globalization;
using System.Text.Json.Nodes;
using QwenEval.Reports;
using QwenEval.Reports.Scoring;
using QwenEval.Core;
using QwenEval.Runs.PseudoModels;

namespace QwenEval.Runs;

/// <summary>Builds every report from run folders alone: one run into its own folder, or several onto one chart.</summary>
public static class RunReports
{
    public static IReadOnlyList<ModelScore> Write(IReadOnlyList<string> runPaths, string outFolder) =>
        ReportWriter.Write(Gather(runPaths), outFolder);

    /// <summary>What the reports of these run folders show: their models, samples, notes (partial, unsandboxed) and provenance.</summary>
    public static ReportInput Gather(IReadOnlyList<string> runPaths)
    {
        var runs = runPaths.Select(RunContents.Load).ToList();
        // Several runs may share model names; then each name carries its run id.
        var clash = runs.Count > 1 && runs.SelectMany(r => r.Manifest.Models.Select(m => m.Name)).GroupBy(n => n).Any(g => g.Count() > 1);

        List<ModelFacts> models = [];
        List<SampleOutcome> outcomes = [];
        List<SampleDetail> details = [];
        Dictionary<string, TaskFacts> tasks = new(StringComparer.Ordinal);
        List<string> notes = [];
        var partial = false;
        foreach (var run in runs)
        {
            var manifest = run.Manifest;
            string Name(string model) => clash ? $"{model}@{manifest.RunId}" : model;
            var plan = RunPlan.Of(manifest);
            var judged = run.Results.GroupBy(r => r.Model).ToDictionary(g => g.Key, g => g.Count());
            foreach (var m in plan.Order(manifest.Models))
            {
                if (!judged.ContainsKey(m.Name)) continue; // not run yet: named in the run's note, never scored as 0%
                var mine = run.Measurements.Where(x => x.Model == m.Name).ToList();
                models.Add(new ModelFacts(Name(m.Name), m.Kind, m.DiskBytes, mine.Max(x => x.PeakRssBytes), m.PredictedBytes,
                    mine.Where(x => x.LoadMs > 0).Select(x => (double?)x.LoadMs).Max(), m.Runtime, FootprintMissing(m, mine),
                    plan.Includes(m.Name) ? plan.SamplesPerModel : null));
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
            if (plan.Describe(judged, manifest.RunId, runs.Count > 1) is { } incomplete)
            {
                notes.Add(incomplete);
                partial = true;
            }
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
        return new ReportInput(title, suiteLabel, models, outcomes, tasks, details, budgets, notes,
            runs.Select(r => Provenance(r.Manifest)).ToList(), partial);
    }

    /// <summary>Why a model has no measured peak: never guessed from a prediction or its files on disk.</summary>
    private static string? FootprintMissing(ModelInfo m, IReadOnlyList<MeasurementRecord> measurements)
    {
        if (ModelKinds.All.FirstOrDefault(k => k.Name == m.Kind) is IPseudoModelKind) return "pseudo-model: no weights";
        // Its worker holds an HTTP client, not the model: that peak is no footprint.
        if (m.Kind == "openai") return "served over HTTP: the server's memory is not measured";
        if (measurements.Any(x => x.PeakRssBytes is not null)) return null;
        return measurements.Select(x => x.Crash).FirstOrDefault(c => c is not null) is { } crash
            ? $"no measured peak: {crash}"
            : "no measured peak was recorded";
    }

    private static RunProvenance Provenance(RunManifest m)
    {
        var c = CultureInfo.InvariantCulture;
        var decoding = m.Config["decoding"];
        var mode = (string?)decoding?["mode"] ?? "greedy";
        var decodingText = mode == "greedy"
            ? "greedy decoding"
            : string.Create(c, $"sampling (temperature {(double?)decoding?["temperature"]}, top-p {(double?)decoding?["top_p"]}, top-k {(int?)decoding?["top_k"]}, seed {(ulong?)decoding?["seed"]})");
        var e = m.Environment;
        return new RunProvenance(m.RunId, m.Suite.Name, m.Suite.Version, m.Suite.Hash, m.Suite.Tasks, m.PromptVersion,
            m.HarnessVersion, m.HarnessCommit, e.Os, e.Architecture, e.CpuModel, e.ProcessorCount, e.TotalMemoryBytes,
            decodingText, (int?)m.Config["max_new_tokens"] ?? 0, RunPlan.Of(m).SamplesPerTask, m.Sandbox, m.CreatedUtc, m.GenerationLoad ?? []);
    }

    private static IEnumerable<double> Budgets(RunManifest m) =>
        m.Config["memory_budgets_gb"]?.AsArray().Select(n => n!.GetValue<double>()) ?? [32.0, 64.0];
}
