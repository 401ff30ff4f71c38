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
    public static WrittenReport Write(IReadOnlyList<string> runPaths, string outFolder)
    {
        var input = Gather(runPaths);
        return new WrittenReport(ReportWriter.Write(input, outFolder), input.UnscoredModels, input.Notes);
    }

    /// <summary>What the reports of these run folders show: their models, samples, notes (partial, not run, unsandboxed) and provenance.</summary>
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
        List<string> runNotes = []; // about whole runs: first in every report, and on the charts
        List<UnscoredModel> unscored = [];
        var partial = false;
        foreach (var run in runs)
        {
            var manifest = run.Manifest;
            string Name(string model) => clash ? $"{model}@{manifest.RunId}" : model;
            var plan = RunPlan.Of(manifest);
            var judged = run.Results.GroupBy(r => r.Model).ToDictionary(g => g.Key, g => g.Count());
            foreach (var m in plan.Order(manifest.Models))
            {
                var mine = run.Measurements.Where(x => x.Model == m.Name).ToList();
                if (!judged.ContainsKey(m.Name))
                {
                    // No verdicts: listed with the reason, never a 0% row or a point on a chart.
                    var notRun = mine.LastOrDefault(x => x.NotRun is not null)?.NotRun;
                    unscored.Add(new UnscoredModel(Name(m.Name), m.Kind, notRun is not null ? $"not run: {notRun}" : RunPlan.NoResults));
                    notes.Add(notRun is not null
                        ? $"NOT RUN: model {Name(m.Name)} did not load ({notRun}); it is not scored."
                        : $"INCOMPLETE: model {Name(m.Name)} has no results yet; it is not scored.");
                    continue;
                }
                if (plan.Includes(m.Name) && judged[m.Name] < plan.SamplesPerModel)
                    notes.Add($"INCOMPLETE: model {Name(m.Name)} has {judged[m.Name]} of {plan.SamplesPerModel} samples judged; its figures cover those only.");
                var session = mine.Where(x => x.CoversSession).ToList();
                var source = mine.LastOrDefault(x => x.MemorySource is not null)?.MemorySource;
                var answered = run.Samples.Values.Count(s => s.Model == m.Name && s.FinishReason is "stop" or "length" or "time_limit");
                var lost = session.Count == 0 && m.DiskBytes > 0 && answered > 0 && source != QwenEval.Core.Generation.MemoryReading.None; // a local model: its memory is ours to measure
                models.Add(new ModelFacts(Name(m.Name), m.Kind, m.DiskBytes, session.Max(x => x.PeakRssBytes), m.PredictedBytes,
                    mine.Where(x => x.LoadMs > 0).Select(x => (double?)x.LoadMs).Max(), m.Runtime,
                    lost ? "measured peak lost: the run stopped before it was recorded" : FootprintMissing(m, session),
                    plan.Includes(m.Name) ? plan.SamplesPerModel : null, source));
                if (lost)
                    notes.Add($"Model {Name(m.Name)}: its measured peak memory was lost (the run stopped before it was recorded); it is listed under the memory chart instead of a point. Rerun the same command to measure it.");
                var pseudo = ModelKinds.All.FirstOrDefault(k => k.Name == m.Kind) is PseudoModels.IPseudoModelKind;
                var untimed = pseudo ? 0 : run.Samples.Values.Count(s => s.Model == m.Name && s.FinishReason is "stop" or "length" or "time_limit" && !run.Timings.ContainsKey(s.Key));
                if (untimed > 0)
                    notes.Add($"Model {Name(m.Name)}: {untimed} sample(s) have no timing; its speed figures leave them out. Rerun the same command to time them.");
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
            // Models of the config this folder has never run (run --models): listed as not scored; the PARTIAL note covers them.
            foreach (var (name, kind) in plan.Unstarted(manifest.Models))
                unscored.Add(new UnscoredModel(Name(name), kind, RunPlan.NoResults));
            if (plan.Describe(judged, manifest.RunId, runs.Count > 1) is { } incomplete)
            {
                runNotes.Add(incomplete);
                partial = true;
            }
            if (manifest.Sandbox == "none")
                runNotes.Add($"UNSANDBOXED: answers of run {manifest.RunId} ran without isolation (--unsafe-no-sandbox).");
        }
        var first = runs[0].Manifest;
        var suites = runs.Select(r => $"{r.Manifest.Suite.Name} v{r.Manifest.Suite.Version}").Distinct().ToList();
        var suiteLabel = suites.Count == 1 ? $"{suites[0]} ({first.Suite.Tasks} tasks, {first.Suite.Hash[..12]})" : string.Join(" + ", suites);
        if (runs.Select(r => r.Manifest.Suite.Hash).Distinct().Count() > 1)
            runNotes.Add("These runs used different suites: compare their pass rates with care.");
        var title = runs.Count == 1 ? $"QwenEval run {first.RunId}" : $"QwenEval runs {string.Join(", ", runs.Select(r => r.Manifest.RunId))}";
        var budgets = runs.SelectMany(r => Budgets(r.Manifest)).Distinct().Order().ToList();
        outcomes = outcomes.OrderBy(o => o.Model, StringComparer.Ordinal).ThenBy(o => o.TaskId, StringComparer.Ordinal).ThenBy(o => o.SampleIndex).ToList();
        details = details.OrderBy(o => o.Model, StringComparer.Ordinal).ThenBy(o => o.TaskId, StringComparer.Ordinal).ThenBy(o => o.SampleIndex).ToList();
        return new ReportInput(title, suiteLabel, models, outcomes, tasks, details, budgets, [.. runNotes, .. notes], unscored,
            runs.Select(r => Provenance(r.Manifest)).ToList(), partial, runNotes);
    }

    /// <summary>Why a model has no measured peak: never guessed from a prediction or its files on disk.</summary>
    private static string? FootprintMissing(ModelInfo m, IReadOnlyList<MeasurementRecord> measurements)
    {
        if (measurements.Any(x => x.PeakRssBytes is not null)) return null;
        if (ModelKinds.All.FirstOrDefault(k => k.Name == m.Kind) is IPseudoModelKind) return "pseudo-model: no weights";
        if (m.Kind == "openai") return "served over HTTP: name its server (server_pid or server_process) to measure it";
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

/// <summary>What the reports said, for the console: the scores, the models without any, and every note (incomplete, not run, lost figures).</summary>
public sealed record WrittenReport(IReadOnlyList<ModelScore> Scores, IReadOnlyList<UnscoredModel> Unscored, IReadOnlyList<string> Notes)
{
    public bool Incomplete => Unscored.Count > 0 || Scores.Any(s => s.Incomplete);

    /// <summary>The console's summary: a line per scored model (marked when incomplete), then every note.</summary>
    public IEnumerable<string> Lines()
    {
        foreach (var s in Scores)
            yield return string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{s.Label,-32} pass@1 {s.PassAt1 * 100,6:0.0}%  ({s.Tasks} tasks, {s.Samples} samples)");
        if (Scores.Count == 0) yield return "no model has a verdict yet: nothing is scored";
        foreach (var note in Notes) yield return note;
    }
}
