namespace QwenEval.Core.Generation;

/// <summary>
/// Anything that turns a chat prompt into an answer: the built-in ONNX engine, ONNX Runtime GenAI, a remote server.
/// A backend sees a prompt, never a task: hidden tests and canonical solutions stay with the runner.
/// </summary>
public interface IModelBackend : IDisposable
{
    GenerationResult Generate(GenerationRequest request, CancellationToken cancellation);
}

/// <summary>One generation: the chat to answer, the draw's seed and the token budget.</summary>
public sealed record GenerationRequest(IReadOnlyList<ChatMessage> Messages, ulong Seed, int MaxNewTokens)
{
    /// <summary>Settings of this one request that differ from the model's (a server's per-request sampling and thinking).</summary>
    public RequestOverrides? Overrides { get; init; }

    /// <summary>Called with each new piece of answer text as it is generated (a server's streaming); never sent to a worker.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Action<string>? OnText { get; init; }

    /// <summary>
    /// Tools the model may call (an agentic turn), given to it the way its transport does (a chat template's `tools`,
    /// an OpenAI request's `tools` field); the result then carries <see cref="GenerationResult.ToolTurn"/>. Null for plain chat.
    /// </summary>
    public IReadOnlyList<ToolSpec>? Tools { get; init; }
}

/// <summary>Per-request settings; null fields keep the model's.</summary>
public sealed record RequestOverrides(Config.DecodingConfig? Decoding = null, bool? EnableThinking = null);

/// <summary>Why generation stopped; the one type every layer uses, written to samples.jsonl by its wire name.</summary>
public enum FinishReason
{
    /// <summary>An end token or a stop string.</summary>
    Stop,

    /// <summary>max_new_tokens (or the context) ran out.</summary>
    Length,

    /// <summary>timeouts.generation_seconds ran out.</summary>
    TimeLimit,
}

public static class FinishReasonNames
{
    public static string ToWire(this FinishReason reason) => reason switch
    {
        FinishReason.Stop => "stop",
        FinishReason.Length => "length",
        FinishReason.TimeLimit => "time_limit",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };
}

/// <summary>The answer text and what it cost.</summary>
public sealed record GenerationResult(
    string Text,
    FinishReason Finish,
    int PromptTokens,
    int GeneratedTokens,
    double TimeToFirstTokenMs,
    double TotalMs,
    int ThinkingTokens = 0)
{
    /// <summary>The calls read from the answer when the request offered tools; null otherwise.</summary>
    public ToolTurn? ToolTurn { get; init; }

    /// <summary>Prompt tokens a local runtime did not run again because its kept state held them (0: prefilled whole).</summary>
    public int CachedPromptTokens { get; init; }
}

/// <summary>
/// A backend could not produce an answer (a server's faults outlasted every retry): an infrastructure fault, not the
/// model's answer, so the draw is not recorded and a rerun generates it.
/// </summary>
public sealed class GenerationFailedException(string message) : Exception(message);
