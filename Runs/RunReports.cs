using QwenEval.Reports;
using QwenEval.Reports.Agentic;
using QwenEval.Tasks;
using QwenEval.Reports.Scoring;
using QwenEval.Core;

namespace QwenEval.Runs;

/// <summary>Builds every report from run folders alone: one run into its own folder, or several onto one chart.</summary>
public static class RunReports
{
    public static IReadOnlyList<ModelScore> Write(IReadOnlyList<string> runPaths, string outFolder) => Build(runPaths, outFolder).Scores;

    /// <summary>Writes every report; the scores of the function-level tasks and of the agentic ones.</summary>
    public static (IReadOnlyList<ModelScore> Scores, IReadOnlyList<AgenticScore> Agentic) Build(IReadOnlyList<string> runPaths, string outFolder)
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
        foreach (var run in runs)
        {
            var manifest = run.Manifest;
            string Name(string model) => clash ? $"{model}@{manifest.RunId}" : model;
            var agentic = (manifest.Suite.TaskList ?? []).Where(t => t.Kind == SuiteLoader.AgenticKind).Select(t => t.Id).ToHashSet();
            foreach (var m in manifest.Models)
            {
                var mine = run.Measurements.Where(x => x.Model == m.Name).ToList();
                var facts = new ModelFacts(Name(m.Name), m.Kind, m.DiskBytes,
                    mine.Max(x => x.PeakRssBytes), m.PredictedBytes, mine.Where(x => x.LoadMs > 0).Select(x => (double?)x.LoadMs).Max());
                var results = run.Results.Where(r => r.Model == m.Name).ToList();
                var hasAgentic = results.Any(r => agentic.Contains(r.TaskId));
                // A model is in the function-level reports when it has such results, or none of either kind (a model not run).
                if (results.Any(r => !agentic.Contains(r.TaskId)) || (!hasAgentic && !IsAgentKind(m.Kind))) models.Add(facts);
                if (hasAgentic) agents.Add(facts);
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
        var context = ReportWriter.WriteAll(new ReportInput(title, suiteLabel, models, outcomes, tasks, details, budgets, notes)
        {
            Agentic = agents.Count == 0 ? null : new AgenticInput(AgenticLabel(runs), agents, episodes, agenticTasks),
        }, outFolder);
        return (context.Scores, context.AgenticScores);
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
