namespace QwenEval.Runs;

/// <summary>
/// What a run folder is meant to hold: every model of its config × every task of its suite × samples per task.
/// A run limited by --models, --tasks or --limit holds a subset of it and says so until a later run completes it.
/// </summary>
public sealed record RunPlan(IReadOnlyList<string> Models, int Tasks, int SamplesPerTask)
{
    public int SamplesPerModel => Tasks * SamplesPerTask;

    /// <summary>The function-level plan (agentic episodes are counted by their own report): models that take function tasks, function tasks.</summary>
    public static RunPlan Of(RunManifest m) => new(
        m.Config["models"]?.AsArray()
            .Where(x => (string?)x?["kind"] is not { } kind || ModelKinds.TakesFunctionTasks(kind))
            .Select(x => (string?)x?["name"]).OfType<string>().ToList() ?? [],
        m.Suite.TaskList is { } tasks ? tasks.Count(t => t.Kind != QwenEval.Tasks.SuiteLoader.AgenticKind) : m.Suite.Tasks,
        (int?)m.Config["samples_per_task"] ?? 1);

    public bool Includes(string model) => Models.Contains(model);

    /// <summary>The config's models first, in its order, then any the folder has from earlier configs.</summary>
    public IEnumerable<ModelInfo> Order(IReadOnlyList<ModelInfo> recorded) =>
        recorded.OrderBy(m => Models.Contains(m.Name) ? Models.TakeWhile(n => n != m.Name).Count() : Models.Count);

    /// <summary>A note naming what is missing, or null when every planned sample is judged.</summary>
    public string? Describe(IReadOnlyDictionary<string, int> judged, string runId, bool nameRun)
    {
        var incomplete = Models.Where(m => judged.GetValueOrDefault(m) < SamplesPerModel).ToList();
        if (incomplete.Count == 0) return null;
        var started = incomplete.Where(judged.ContainsKey).Select(m => $"{m} {judged[m]}/{SamplesPerModel}").ToList();
        var notRun = incomplete.Where(m => !judged.ContainsKey(m)).ToList();
        var parts = new List<string>();
        if (started.Count > 0) parts.Add($"samples judged: {string.Join(", ", started)}");
        if (notRun.Count > 0) parts.Add($"not run yet: {string.Join(", ", notRun)}");
        return $"PARTIAL RUN{(nameRun ? $" {runId}" : "")}: {string.Join("; ", parts)}. Pass rates cover the judged samples only; " +
               "'qweneval run' with the same config and no --limit, --tasks or --models completes it.";
    }
}
