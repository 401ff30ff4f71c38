using System.Diagnostics;
using QwenEval.Core.Config;

namespace QwenEval.Engine.Generation;

/// <summary>One runtime's speed on one folder: prefill of a fixed prompt, time to first token, then steady decoding.</summary>
public sealed record RuntimeSpeed(int PromptTokens, int DecodeTokens, double PrefillTokensPerSecond, double DecodeTokensPerSecond, double TtftMs);

/// <summary>
/// Measures a token runtime the same way for the built-in engine and GenAI: a deterministic prompt of ordinary ids,
/// end tokens suppressed so every run decodes the same count, one warm-up generation first.
/// </summary>
public static class RuntimeBench
{
    public static RuntimeSpeed Measure(ITokenRuntime runtime, int promptTokens, int decodeTokens)
    {
        var promptLength = Math.Max(1, Math.Min(promptTokens, runtime.ContextLength - decodeTokens - 1));
        var decode = Math.Min(decodeTokens, runtime.ContextLength - promptLength);
        var prompt = Prompt(runtime.VocabSize, promptLength);
        Run(runtime, prompt, 4); // warm-up: sessions, allocations, caches
        var (ttft, total) = Run(runtime, prompt, decode);
        var steady = total - ttft;
        return new RuntimeSpeed(promptLength, decode, promptLength / ttft.TotalSeconds,
            decode > 1 && steady > TimeSpan.Zero ? (decode - 1) / steady.TotalSeconds : 0, ttft.TotalMilliseconds);
    }

    private static (TimeSpan Ttft, TimeSpan Total) Run(ITokenRuntime runtime, int[] prompt, int decode)
    {
        var start = Stopwatch.GetTimestamp();
        var first = TimeSpan.Zero;
        var n = 0;
        using var stream = runtime.Start(prompt, prompt.Length + decode, DecodingConfig.Greedy, 0, minLength: prompt.Length + decode);
        stream.Generate(decode, _ =>
        {
            if (n++ == 0) first = Stopwatch.GetElapsedTime(start);
            return true;
        }, CancellationToken.None);
        return (first, Stopwatch.GetElapsedTime(start));
    }

    /// <summary>Ids spread over the vocabulary, avoiding the low ids where special tokens usually sit.</summary>
    public static int[] Prompt(int vocabSize, int length)
    {
        var span = Math.Max(1, vocabSize - 300);
        return Enumerable.Range(0, length).Select(i => 256 % vocabSize + (int)((i * 7919L) % span)).Where(id => id < vocabSize).ToArray();
    }
}
