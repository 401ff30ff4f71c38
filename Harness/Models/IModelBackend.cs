using QwenEval.Harness.Prompting;
using QwenEval.Tasks;

namespace QwenEval.Harness.Models;

/// <summary>Anything that turns a chat prompt into an answer: the ONNX engine, a remote server, a pseudo-model.</summary>
public interface IModelBackend : IDisposable
{
    GenerationResult Generate(GenerationRequest request, CancellationToken cancellation);
}

/// <summary>One generation: the chat to answer, and the task and draw it belongs to (seeds derive from them).</summary>
public sealed record GenerationRequest(CodingTask Task, IReadOnlyList<ChatMessage> Messages, int SampleIndex, ulong Seed, int MaxNewTokens);

/// <summary>Why generation stopped.</summary>
public enum FinishReason { Stop, Length }

/// <summary>The answer text and what it cost.</summary>
public sealed record GenerationResult(
    string Text,
    FinishReason Finish,
    int PromptTokens,
    int GeneratedTokens,
    double TimeToFirstTokenMs,
    double TotalMs,
    int ThinkingTokens = 0);
