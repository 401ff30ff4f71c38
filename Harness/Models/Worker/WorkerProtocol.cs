using System.Text.Json;
using QwenEval.Harness.Prompting;

namespace QwenEval.Harness.Models.Worker;

/// <summary>
/// JSON lines between the harness and a model's worker process (the same executable, hidden verb `worker`).
/// One request per line on the worker's stdin, one reply per line on its stdout; stderr is passed through.
/// </summary>
public static class WorkerProtocol
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

/// <summary>First line from the worker once the model is loaded.</summary>
public sealed record WorkerReady(double LoadMs, long? PeakRssBytes);

/// <summary>Generate one answer.</summary>
public sealed record WorkerRequest(string TaskId, IReadOnlyList<ChatMessage> Messages, int SampleIndex, ulong Seed, int MaxNewTokens);

/// <summary>The answer, or the error that prevented it.</summary>
public sealed record WorkerReply(
    string? Text,
    string? Finish,
    int PromptTokens,
    int GeneratedTokens,
    double TtftMs,
    double TotalMs,
    long? PeakRssBytes,
    string? Error,
    int ThinkingTokens = 0);
