using System.Globalization;
using System.Text.Json.Nodes;
using QwenEval.Reports;
using QwenEval.Reports.Agentic;
using QwenEval.Tasks;
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

    /// <summary>Writes every report; the scores of the function-level tasks and of the agentic ones.</summary>
    public static (IReadOnlyList<ModelScore> Scores, IReadOnlyList<AgenticScore> Agentic) Build(IReadOnlyList<string> runPaths, string outFolder)
    {
        var context = ReportWriter.WriteAll(Gather(runPaths), outFolder);
        return (context.Scores, context.AgenticScores);
    }

    /// <summary>What the reports of these run folders show: their models, samples, notes (partial, not run, unsandboxed) and provenance.</summary>
    public static ReportInput Gather(IReadOnlyList<string> runPaths)
    {
        var runs = runPaths.Select(RunContents.Load).ToList();
        // Several runs may share model names; then each name carries its run id.
        var clash = runs.Count > 1 && runs.SelectMany(r => r.Manifest.Models.Select(m => m.Name)).GroupBy(n => n).Any(g => g.Count() > 1);

        List<ModelFacts> models = [];
        List<ModelFacts> agents = [];
        List<EpisodeOutcome> episodes = [];
        Dictionary<string, TaskFacts> agenticTasks = new(StringComparer.Ordinal);
        List<SampleOutcome> outcomes = [];
        List<SampleDetail> details = [];
        Dictionary<string, TaskFacts> tasks = new(StringComparer.Ordinal);
        List<string> notes = [];
        List<UnscoredModel> unscored = [];
        var partial = false;
        foreach (var run in runs)
        {
            var manifest = run.Manifest;
            string Name(string model) => clash ? $"{model}@{manifest.RunId}" : model;
            var plan = RunPlan.Of(manifest);
            var agentic = (manifest.Suite.TaskList ?? []).Where(t => t.Kind == SuiteLoader.AgenticKind).Select(t => t.Id).ToHashSet();
            var judged = run.Results.Where(r => !agentic.Contains(r.TaskId)).GroupBy(r => r.Model).ToDictionary(g => g.Key, g => g.Count());
            var selected = SelectedDraws.Of(run.Path);
            var functionTasks = manifest.Suite.TaskList?.Where(t => !agentic.Contains(t.Id)).Select(t => t.Id).ToList();
            var judgedDraws = run.Results.GroupBy(r => (r.Model, r.TaskId)).ToDictionary(g => g.Key, g => g.Count());
            // Draws left out by --models/--tasks/--limit are the PARTIAL note's; only those an invocation set out to do and left are the model's.
            bool LeftUndone(string model) => functionTasks is null ||
                functionTasks.Any(t => selected.Includes(model, t) && judgedDraws.GetValueOrDefault((model, t)) < plan.SamplesPerTask);
            var agenticJudged = run.Results.Where(r => agentic.Contains(r.TaskId)).GroupBy(r => r.Model).ToDictionary(g => g.Key, g => g.Count());
            foreach (var m in plan.Order(manifest.Models))
            {
                var mine = run.Measurements.Where(x => x.Model == m.Name).ToList();
                var hasAgentic = run.Results.Any(r => r.Model == m.Name && agentic.Contains(r.TaskId));
                if (hasAgentic)
                    agents.Add(new ModelFacts(Name(m.Name), m.Kind, m.DiskBytes, mine.Where(x => x.CoversSession).Max(x => x.PeakRssBytes), m.PredictedBytes,
                        mine.Where(x => x.LoadMs > 0).Select(x => (double?)x.LoadMs).Max(), m.Runtime, FootprintMissing(m, mine.Where(x => x.CoversSession).ToList()),
                        MemorySource: mine.LastOrDefault(x => x.MemorySource is not null)?.MemorySource));
                // A model is in the function-level reports when it has such results, or none of either kind (a model not run).
                if (!judged.ContainsKey(m.Name) && (hasAgentic || IsAgentKind(m.Kind))) continue;
                if (!judged.ContainsKey(m.Name))
                {
                    // No verdicts: listed with the reason, never a 0% row or a point on a chart.
                    var notRun = mine.LastOrDefault(x => x.NotRun is not null)?.NotRun;
                    unscored.Add(new UnscoredModel(Name(m.Name), m.Kind, notRun is not null ? $"not run: {notRun}" : "no results yet: none of its samples has been judged"));
                    if (notRun is not null) notes.Add($"NOT RUN: model {Name(m.Name)} did not load ({notRun}); it is not scored.");
                    else if (LeftUndone(m.Name)) notes.Add($"INCOMPLETE: model {Name(m.Name)} has no results yet; it is not scored. Rerun the same command to finish the run.");
                    continue;
                }
                var session = mine.Where(x => x.CoversSession).ToList();
                var source = mine.LastOrDefault(x => x.MemorySource is not null)?.MemorySource;
                var answered = run.Samples.Values.Count(s => s.Model == m.Name && s.FinishReason is "stop" or "length" or "time_limit");
                var lost = session.Count == 0 && m.DiskBytes > 0 && answered > 0 && source != QwenEval.Core.Generation.MemoryReading.None; // a local model: its memory is ours to measure
                models.Add(new ModelFacts(Name(m.Name), m.Kind, m.DiskBytes, session.Max(x => x.PeakRssBytes), m.PredictedBytes,
                    mine.Where(x => x.LoadMs > 0).Select(x => (double?)x.LoadMs).Max(), m.Runtime,
                    lost ? "measured peak lost: the run stopped before it was recorded" : FootprintMissing(m, session),
                    plan.Includes(m.Name) ? plan.SamplesPerModel : null, source));
                if (plan.Includes(m.Name) && judged[m.Name] < plan.SamplesPerModel && LeftUndone(m.Name))
                    notes.Add($"INCOMPLETE: model {Name(m.Name)} has {judged[m.Name]} of {plan.SamplesPerModel} samples judged; its figures cover those only. Rerun the same command to finish the run.");
                if (lost)
                    notes.Add($"Model {Name(m.Name)}: its measured peak memory was lost (the run stopped before it was recorded); it is listed under the memory chart instead of a point. Rerun the same command to measure it.");
                var pseudo = ModelKinds.All.FirstOrDefault(k => k.Name == m.Kind) is PseudoModels.IPseudoModelKind;
                var untimed = pseudo ? 0 : run.Samples.Values.Count(s => s.Model == m.Name && s.FinishReason is "stop" or "length" or "time_limit" && !run.Timings.ContainsKey(s.Key));
                if (untimed > 0)
                    notes.Add($"Model {Name(m.Name)}: {untimed} sample(s) have no timing; its speed figures leave them out. Rerun the same command to time them.");
            }
            foreach (var r in run.Results.Where(r => agentic.Contains(r.TaskId)))
            {
                if (!run.Episodes.TryGetValue(r.Key, out var e)) continue;
                episodes.Add(new EpisodeOutcome(Name(r.Model), r.TaskId, r.SampleIndex, SampleStatusNames.FromWire(r.Status), r.Detail, e.Behaviour,
                    e.Messages, e.Turns.Select(t => t.RawText).ToList(), e.FinalDiff,
                    (r.StdoutTail + (r.StderrTail.Length > 0 ? "\n--- stderr ---\n" + r.StderrTail : "")).Trim()));
            }
            foreach (var t in (manifest.Suite.TaskList ?? []).Where(t => agentic.Contains(t.Id)))
                agenticTasks.TryAdd(t.Id, new TaskFacts(t.Id, t.Difficulty, t.Tags, t.Category));
            foreach (var r in run.Results.Where(r => !agentic.Contains(r.TaskId)))
            {
                var cost = run.Samples.TryGetValue(r.Key, out var s) && run.Timings.TryGetValue(r.Key, out var t)
                    ? new SampleCost(s.PromptTokens, s.GeneratedTokens, t.TtftMs, t.GenerationMs, s.ThinkingTokens)
                    : null;
                outcomes.Add(new SampleOutcome(Name(r.Model), r.TaskId, r.SampleIndex, SampleStatusNames.FromWire(r.Status), cost));
            }
            details.AddRange(run.Details(Name).Where(d => !agentic.Contains(d.TaskId)));
            foreach (var t in (manifest.Suite.TaskList ?? []).Where(t => !agentic.Contains(t.Id))) tasks.TryAdd(t.Id, new TaskFacts(t.Id, t.Difficulty, t.Tags));
            if (plan.Describe(judged, RunPlan.AgenticOf(manifest), agenticJudged, manifest.RunId, runs.Count > 1) is { } incomplete)
            {
                notes.Add(incomplete);
                partial = true;
            }
            if (manifest.Sandbox == "none")
                notes.Add($"UNSANDBOXED: answers of run {manifest.RunId} ran without isolation (--unsafe-no-sandbox).");
        }
        var first = runs[0].Manifest;
        var suites = runs.Select(FunctionSuites).Distinct().ToList();
        var suiteLabel = suites.Count == 1 && first.Suite.Parts is null or { Count: 1 }
            ? $"{suites[0]} ({first.Suite.Tasks} tasks, {first.Suite.Hash[..12]})"
            : string.Join(" + ", suites);
        if (runs.Select(r => r.Manifest.Suite.Hash).Distinct().Count() > 1)
            notes.Add("These runs used different suites: compare their pass rates with care.");
        var title = runs.Count == 1 ? $"QwenEval run {first.RunId}" : $"QwenEval runs {string.Join(", ", runs.Select(r => r.Manifest.RunId))}";
        var budgets = runs.SelectMany(r => Budgets(r.Manifest)).Distinct().Order().ToList();
        outcomes = outcomes.OrderBy(o => o.Model, StringComparer.Ordinal).ThenBy(o => o.TaskId, StringComparer.Ordinal).ThenBy(o => o.SampleIndex).ToList();
        details = details.OrderBy(o => o.Model, StringComparer.Ordinal).ThenBy(o => o.TaskId, StringComparer.Ordinal).ThenBy(o => o.SampleIndex).ToList();
        episodes = episodes.OrderBy(o => o.Model, StringComparer.Ordinal).ThenBy(o => o.TaskId, StringComparer.Ordinal).ThenBy(o => o.SampleIndex).ToList();
        return new ReportInput(title, suiteLabel, models, outcomes, tasks, details, budgets, notes, unscored,
            runs.Select(r => Provenance(r.Manifest)).ToList(), partial)
        {
            Agentic = agents.Count == 0 ? null : new AgenticInput(AgenticLabel(runs), agents, episodes, agenticTasks),
        };
    }
    /// <summary>Why a model has no measured peak: never guessed from a prediction or its files on disk.</summary>
    private static string? FootprintMissing(ModelInfo m, IReadOnlyList<MeasurementRecord> measurements)
    {
        if (measurements.Any(x => x.PeakRssBytes is not null)) return null;
        if (ModelKinds.All.FirstOrDefault(k => k.Name == m.Kind) is IPseudoModelKind or IPseudoAgentKind) return "pseudo-model: no weights";
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

    /// <summary>The function-level suites of a run (every suite, for a manifest from before agentic suites).</summary>
    private static string FunctionSuites(RunContents run) => run.Manifest.Suite.Parts is { } parts
        ? string.Join(" + ", parts.Where(p => p.Kind == SuiteLoader.FunctionKind).Select(p => $"{p.Name} v{p.Version}"))
        : $"{run.Manifest.Suite.Name} v{run.Manifest.Suite.Version}";

    private static bool IsAgentKind(string kind) => ModelKinds.All.FirstOrDefault(k => k.Name == kind) is PseudoModels.IPseudoAgentKind;

    private static string AgenticLabel(List<RunContents> runs) => string.Join(" + ", runs
        .SelectMany(r => r.Manifest.Suite.Parts ?? []).Where(p => p.Kind == SuiteLoader.AgenticKind)
        .Select(p => $"{p.Name} v{p.Version} ({p.Tasks} tasks, {p.Hash[..12]})").Distinct());

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
