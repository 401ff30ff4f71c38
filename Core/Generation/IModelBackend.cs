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
    /// <summary>
    /// Tools the model may call (an agentic turn), given to it the way its transport does (a chat template's `tools`,
    /// an OpenAI request's `tools` field); the result then carries <see cref="GenerationResult.ToolTurn"/>. Null for plain chat.
    /// </summary>
    public IReadOnlyList<ToolSpec>? Tools { get; init; }
}

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
}
