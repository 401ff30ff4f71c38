using QwenEval.Core.Config;

namespace QwenEval.Engine.Generation;

/// <summary>
/// A token runtime behind the chat pipeline: the built-in ONNX engine or ONNX Runtime GenAI. The pipeline owns
/// everything about text (template, tokenizer, thinking, stop strings, time limit); a runtime only turns ids into ids.
/// </summary>
public interface ITokenRuntime : IDisposable
{
    int ContextLength { get; }

    int VocabSize { get; }

    IReadOnlyList<int> EosTokenIds { get; }

    /// <summary>A folder-and-runtime description for errors ("tiny-qwen35 (genai)").</summary>
    string Describe { get; }

    /// <summary>
    /// Starts one generation over a prompt: up to <paramref name="maxLength"/> tokens in all; with
    /// <paramref name="minLength"/>, end tokens are suppressed until that length (benchmarks that must fill the cache).
    /// <paramref name="checkpoint"/> (null: none) gives the length of a shorter prefix of the prompt worth returning to
    /// later, where the next prompt is expected to part from this one (a conversation's end before the generation
    /// prompt); only a runtime that keeps state between turns asks for it.
    /// </summary>
    ITokenStream Start(IReadOnlyList<int> prompt, int maxLength, DecodingConfig decoding, ulong seed, int minLength = 0, Func<int>? checkpoint = null);
}

/// <summary>One generation in progress.</summary>
public interface ITokenStream : IDisposable
{
    /// <summary>
    /// Generates until <paramref name="keepGoing"/> returns false for a token, an end token (not kept; reported by
    /// <see cref="StreamRun.SawEos"/>), or <paramref name="maxNew"/> new tokens.
    /// </summary>
    StreamRun Generate(int maxNew, Func<int, bool> keepGoing, CancellationToken cancellation);

    /// <summary>Forces tokens after what was generated (e.g. the text that closes a reasoning block) before generating on.</summary>
    void Append(IReadOnlyList<int> tokens);
}

/// <summary>What one <see cref="ITokenStream.Generate"/> call produced.</summary>
/// <param name="CachedTokens">context tokens the runtime did not run again because its kept state held them</param>
public sealed record StreamRun(IReadOnlyList<int> Tokens, bool SawEos, bool Stopped, TimeSpan TimeToFirstToken, int CachedTokens = 0);
