namespace QwenEval.Runs;

/// <summary>
/// What a run folder is meant to hold: every model of its config × every task of its suite × samples per task.
/// A run limited by --models, --tasks or --limit holds a subset of it and says so until a later run completes it.
/// </summary>
public sealed record RunPlan(IReadOnlyList<string> Models, int Tasks, int SamplesPerTask)
{
    public int SamplesPerModel => Tasks * SamplesPerTask;

    /// <summary>The function-level plan: models that take function tasks, function tasks.</summary>
    public static RunPlan Of(RunManifest m) => Of(m, agentic: false);

    /// <summary>The agentic plan: models that take agentic tasks, agentic tasks (none for a run without an agentic suite).</summary>
    public static RunPlan AgenticOf(RunManifest m) => Of(m, agentic: true);

    private static RunPlan Of(RunManifest m, bool agentic) => new(
        m.Config["models"]?.AsArray()
            .Where(x => (string?)x?["kind"] is not { } kind || (agentic ? ModelKinds.TakesAgenticTasks(kind) : ModelKinds.TakesFunctionTasks(kind)))
            .Select(x => (string?)x?["name"]).OfType<string>().ToList() ?? [],
        m.Suite.TaskList is { } tasks ? tasks.Count(t => (t.Kind == QwenEval.Tasks.SuiteLoader.AgenticKind) == agentic) : agentic ? 0 : m.Suite.Tasks,
        (int?)m.Config["samples_per_task"] ?? 1);

    public bool Includes(string model) => Models.Contains(model);

    /// <summary>The config's models first, in its order, then any the folder has from earlier configs.</summary>
    public IEnumerable<ModelInfo> Order(IReadOnlyList<ModelInfo> recorded) =>
        recorded.OrderBy(m => Models.Contains(m.Name) ? Models.TakeWhile(n => n != m.Name).Count() : Models.Count);

    /// <summary>
    /// A note naming what is missing of both plans (this one function-level, <paramref name="agentic"/> the agentic
    /// one), or null when every planned sample and episode is judged.
    /// </summary>
    public string? Describe(IReadOnlyDictionary<string, int> judged, RunPlan agentic, IReadOnlyDictionary<string, int> agenticJudged, string runId, bool nameRun)
    {
        var parts = Missing(judged, "samples judged", "not run yet")
            .Concat(agentic.Tasks == 0 ? [] : agentic.Missing(agenticJudged, "agentic episodes judged", "agentic tasks not run yet"))
            .ToList();
        if (parts.Count == 0) return null;
        return $"PARTIAL RUN{(nameRun ? $" {runId}" : "")}: {string.Join("; ", parts)}. Pass rates cover the judged samples only; " +
               "'qweneval run' with the same config and no --limit, --tasks or --models completes it.";
    }

    /// <summary>Whether some planned sample of this model is not judged.</summary>
    public bool Misses(string model, IReadOnlyDictionary<string, int> judged) => Includes(model) && judged.GetValueOrDefault(model) < SamplesPerModel;

    private IEnumerable<string> Missing(IReadOnlyDictionary<string, int> judged, string judgedLabel, string notRunLabel)
    {
        var incomplete = Models.Where(m => Misses(m, judged)).ToList();
        var started = incomplete.Where(judged.ContainsKey).Select(m => $"{m} {judged[m]}/{SamplesPerModel}").ToList();
        var notRun = incomplete.Where(m => !judged.ContainsKey(m)).ToList();
        if (started.Count > 0) yield return $"{judgedLabel}: {string.Join(", ", started)}";
        if (notRun.Count > 0) yield return $"{notRunLabel}: {string.Join(", ", notRun)}";
    }
}
