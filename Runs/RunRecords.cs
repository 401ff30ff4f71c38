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

/// <summary>One line of measurements.jsonl per worker session: load time and the model's peak memory.</summary>
/// <param name="MemorySource">where the peak was measured: "worker" (the model's worker process; absent in older runs), "server" (a model server's process tree), "none" (not measured)</param>
/// <param name="MemoryDetail">how: which process, which figure</param>
public sealed record MeasurementRecord(string Model, string StartedUtc, double LoadMs, long? PeakRssBytes, string? Crash,
    string? MemorySource = null, string? MemoryDetail = null);

/// <summary>One line of timings.jsonl: how long a sample took to generate (kept apart so samples stay byte-reproducible).</summary>
public sealed record TimingRecord(string Model, string TaskId, int SampleIndex, double TtftMs, double GenerationMs)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public SampleKey Key => new(Model, TaskId, SampleIndex);
}
