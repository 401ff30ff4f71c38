namespace QwenEval.Runs;

/// <summary>
/// What a run folder is meant to hold: every model of its config × every task of its suite × samples per task.
/// A run limited by --models, --tasks or --limit holds a subset of it and says so until a later run completes it.
/// </summary>
public sealed record RunPlan(IReadOnlyList<(string Name, string Kind)> Entries, int Tasks, int SamplesPerTask)
{
    public const string NoResults = "no results yet: none of its samples is judged";

    public IReadOnlyList<string> Models => Entries.Select(e => e.Name).ToList();

    public int SamplesPerModel => Tasks * SamplesPerTask;

    public static RunPlan Of(RunManifest m) => new(
        m.Config["models"]?.AsArray().Select(x => ((string?)x?["name"], (string?)x?["kind"] ?? "onnx")).Where(x => x.Item1 is not null)
            .Select(x => (x.Item1!, x.Item2)).ToList() ?? [],
        m.Suite.Tasks,
        (int?)m.Config["samples_per_task"] ?? 1);

    public bool Includes(string model) => Entries.Any(e => e.Name == model);

    /// <summary>The config's models first, in its order, then any the folder has from earlier configs.</summary>
    public IEnumerable<ModelInfo> Order(IReadOnlyList<ModelInfo> recorded) =>
        recorded.OrderBy(m => Includes(m.Name) ? Models.TakeWhile(n => n != m.Name).Count() : Entries.Count);

    /// <summary>Models of the plan the folder has no record of (not yet run by any invocation).</summary>
    public IEnumerable<(string Name, string Kind)> Unstarted(IReadOnlyList<ModelInfo> recorded) =>
        Entries.Where(e => recorded.All(m => m.Name != e.Name));

    /// <summary>A note saying how much of the plan is judged, or null when all of it is.</summary>
    public string? Describe(IReadOnlyDictionary<string, int> judged, string runId, bool nameRun)
    {
        var planned = Entries.Count * SamplesPerModel;
        var done = Models.Sum(m => Math.Min(judged.GetValueOrDefault(m), SamplesPerModel));
        if (done >= planned) return null;
        return $"PARTIAL RUN{(nameRun ? $" {runId}" : "")}: {done} of {planned} planned samples judged " +
               $"({Entries.Count} model{(Entries.Count == 1 ? "" : "s")} × {Tasks} task{(Tasks == 1 ? "" : "s")} × {SamplesPerTask}). " +
               "Pass rates cover the judged samples only; 'qweneval run' with the same config and no --limit, --tasks or --models completes it.";
    }
}
