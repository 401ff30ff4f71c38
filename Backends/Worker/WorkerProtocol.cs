using System.Text.Json;
using System.Text.Json.Serialization;
using QwenEval.Core.Generation;

namespace QwenEval.Backends.Worker;

/// <summary>
/// JSON lines between the harness and a model's worker process (the same executable, hidden verb `worker`). The
/// harness writes a <see cref="WorkerStart"/> and then one <see cref="WorkerRequest"/> per line to the worker's
/// stdin; the worker answers a <see cref="WorkerReady"/> and one <see cref="WorkerReply"/> per request on its stdout;
/// stderr is passed through. The worker is told everything: it never reads the config or the suite.
/// </summary>
public static class WorkerProtocol
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>First line to the worker: the model, resolved. Settings travel as JSON of the kind's settings record.</summary>
public sealed record WorkerStart(string Name, string Kind, JsonElement Settings, GenerationSettings Generation);

/// <summary>First line from the worker: the model loaded (or why not).</summary>
/// <param name="MemorySource">where <paramref name="PeakRssBytes"/> was measured (<see cref="MemoryReading"/>): the worker itself, or a model server</param>
public sealed record WorkerReady(double LoadMs, long? PeakRssBytes, string? Error = null, string? MemorySource = null, string? MemoryDetail = null);

/// <summary>Generate one answer: only what this one generation needs (tools for an agentic turn).</summary>
public sealed record WorkerRequest(IReadOnlyList<ChatMessage> Messages, ulong Seed, int MaxNewTokens, IReadOnlyList<ToolSpec>? Tools = null);

/// <summary>The answer, or the error that prevented it.</summary>
public sealed record WorkerReply(
    string? Text,
    FinishReason Finish,
    int PromptTokens,
    int GeneratedTokens,
    double TtftMs,
    double TotalMs,
    long? PeakRssBytes,
    string? Error,
    int ThinkingTokens = 0,
    string? MemorySource = null,
    string? MemoryDetail = null,
    ToolTurn? ToolTurn = null,
    int CachedPromptTokens = 0);
