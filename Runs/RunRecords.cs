using QwenEval.Core.Generation;
using QwenEval.Prompting;

namespace QwenEval.Runs;

/// <summary>
/// One line of samples.jsonl: what the model was asked and what it answered. Only deterministic content: with
/// greedy decoding two runs write the same bytes (timings live in timings.jsonl).
/// </summary>
public sealed record SampleRecord(
    string Model,
    string TaskId,
    int SampleIndex,
    ulong Seed,
    IReadOnlyList<ChatMessage> Messages,
    string RawAnswer,
    string? Code,
    string FinishReason,
    int PromptTokens,
    int GeneratedTokens,
    string? Error = null,
    int ThinkingTokens = 0)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public SampleKey Key => new(Model, TaskId, SampleIndex);
}

/// <summary>One line of results.jsonl: the verdict on a sample.</summary>
public sealed record ResultRecord(
    string Model,
    string TaskId,
    int SampleIndex,
    string Status,
    string Detail,
    int? ExitCode,
    double DurationMs,
    string StdoutTail,
    string StderrTail)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public SampleKey Key => new(Model, TaskId, SampleIndex);
}

/// <summary>Identifies one draw: the same key is never written twice to a run folder.</summary>
public readonly record struct SampleKey(string Model, string TaskId, int SampleIndex);

/// <summary>
/// A line of measurements.jsonl: a worker session's load time and peak memory. Each session writes one as soon as
/// the model loaded (phase "loaded") and one with the session's peak before the worker is stopped ("finished"); a
/// rerun that finds no finished figure for a model measures it again ("remeasured"). A model that did not load
/// has one line with <paramref name="NotRun"/>, its reason. Lines written before phases existed have none and
/// were written at a session's end.
/// </summary>
/// <param name="MemorySource">where the peak was measured: "worker" (the model's worker process; absent in older runs), "server" (a model server's process tree), "none" (not measured)</param>
/// <param name="MemoryDetail">how: which process, which figure</param>
/// <param name="Shard">in a merged run folder, the shard whose worker this was (its machine is in run.json's shards[])</param>
public sealed record MeasurementRecord(string Model, string StartedUtc, double LoadMs, long? PeakRssBytes, string? Crash,
    string? Phase = null, string? NotRun = null, string? MemorySource = null, string? MemoryDetail = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] int? Shard = null)
{
    public const string Loaded = "loaded";
    public const string Finished = "finished";
    public const string Remeasured = "remeasured";

    /// <summary>Whether this line holds the peak of a whole session, the figure reports plot.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool CoversSession => NotRun is null && PeakRssBytes is not null && Phase is null or Finished or Remeasured;
}

/// <summary>One line of timings.jsonl: how long a sample took to generate (kept apart so samples stay byte-reproducible).</summary>
public sealed record TimingRecord(string Model, string TaskId, int SampleIndex, double TtftMs, double GenerationMs)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public SampleKey Key => new(Model, TaskId, SampleIndex);
}
