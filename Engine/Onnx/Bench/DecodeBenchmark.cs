using System.Diagnostics;
using QwenEval.Engine.Onnx.Search;

namespace QwenEval.Engine.Onnx.Bench;

/// <summary>What `qweneval bench` reports. Times are milliseconds; null where the model's context is too short.</summary>
public sealed record BenchResult(
    string Model,
    int Threads,
    int PromptTokens,
    int DecodeTokens,
    double EngineTokensPerSecond,
    double MinimalTokensPerSecond,
    double DecodeRatio,
    double BytesAllocatedPerToken,
    double? MsPerTokenAt16,
    double? MsPerTokenAt500,
    double? LoadAverage);

/// <summary>
/// Decode speed of the engine against <see cref="MinimalDecodeLoop"/> on the same session, in one warmed-up
/// process: the engine may not be slower than the plainest loop, and must not allocate per token.
/// </summary>
public sealed class DecodeBenchmark(OnnxModel model, int threads)
{
    private const int PromptTokens = 8;
    private const int Rounds = 7;

    public BenchResult Run(int maxDecodeTokens = 512)
    {
        var config = model.Config.Model;
        var prompt = Enumerable.Range(0, PromptTokens).Select(i => (i * 37 + 11) % config.VocabSize).ToArray();
        var steps = Math.Min(maxDecodeTokens, config.ContextLength - PromptTokens - 1);
        if (steps < 8) throw new ArgumentException($"context_length {config.ContextLength} leaves too few tokens to time.");
        // min_length suppresses end tokens, so both loops run the same number of steps.
        var search = new SearchOptions { MaxLength = PromptTokens + steps + 1, MinLength = PromptTokens + steps + 1 };
        var generator = new OnnxGenerator(model);
        var minimal = new MinimalDecodeLoop(model);

        var engineEnd = new long[steps + 1];
        var minimalEnd = new long[steps];
        // Warm-up: first runs pay for ORT's lazy initialisation and the JIT.
        RunEngine(generator, prompt, search with { MaxLength = PromptTokens + 17, MinLength = PromptTokens + 17 }, new long[17], out _);
        minimal.Run(prompt, 16, new long[16]);

        double engineBest = 0, minimalBest = 0, bytesPerToken = double.MaxValue;
        var engineStepMs = new double[steps];
        for (var round = 0; round < Rounds; round++)
        {
            Settle();
            var engineTps = RunEngine(generator, prompt, search, engineEnd, out var bytes);
            if (engineTps > engineBest)
            {
                engineBest = engineTps;
                for (var i = 1; i < steps; i++) engineStepMs[i] = Ms(engineEnd[i] - engineEnd[i - 1]);
            }
            bytesPerToken = Math.Min(bytesPerToken, bytes);
            Settle();
            minimal.Run(prompt, steps, minimalEnd);
            minimalBest = Math.Max(minimalBest, TokensPerSecond(minimalEnd, steps));
        }
        return new BenchResult(
            Path.GetFileName(model.Config.ModelDirectory), threads, PromptTokens, steps, engineBest, minimalBest,
            engineBest / minimalBest, bytesPerToken, AtPosition(engineStepMs, 16), AtPosition(engineStepMs, 500), LoadAverage());
    }

    // Steps are timed from the first decode step on (the prompt run is not decode); allocation is counted over the
    // second half of the run, the steady state.
    private static double RunEngine(OnnxGenerator generator, int[] prompt, SearchOptions search, long[] stepEnd, out double bytesPerToken)
    {
        var step = 0;
        var half = stepEnd.Length / 2;
        long allocatedAtHalf = 0, allocatedAtEnd = 0;
        generator.Generate([prompt], search, _ =>
        {
            if (step < stepEnd.Length) stepEnd[step] = Stopwatch.GetTimestamp();
            if (step == half) allocatedAtHalf = GC.GetAllocatedBytesForCurrentThread();
            if (step == stepEnd.Length - 1) allocatedAtEnd = GC.GetAllocatedBytesForCurrentThread();
            step++;
            return true;
        });
        bytesPerToken = (double)(allocatedAtEnd - allocatedAtHalf) / (stepEnd.Length - 1 - half);
        return TokensPerSecond(stepEnd, Math.Min(step, stepEnd.Length));
    }

    // Other processes on the machine skew timings; the report says so rather than hide it.
    private static double? LoadAverage() => QwenEval.Core.LoadAverage.OneMinute();

    // Starts each timed run from a clean heap so one loop's garbage is not collected on the other's clock.
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    // Tokens/s from the step intervals with the slowest tenth dropped: on a small shared machine one scheduler or
    // GC hiccup would otherwise decide the comparison.
    private static double TokensPerSecond(long[] stepEnd, int count)
    {
        var intervals = new double[count - 1];
        for (var i = 1; i < count; i++) intervals[i - 1] = stepEnd[i] - stepEnd[i - 1];
        Array.Sort(intervals);
        var kept = Math.Max(1, intervals.Length - intervals.Length / 10);
        double sum = 0;
        for (var i = 0; i < kept; i++) sum += intervals[i];
        return kept / (sum / Stopwatch.Frequency);
    }

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    // Median of the steps around a sequence position, so one scheduler hiccup does not decide it.
    private static double? AtPosition(double[] stepMs, int position)
    {
        var step = position - PromptTokens;
        if (step < 4 || step + 4 >= stepMs.Length) return null;
        var window = stepMs[(step - 4)..(step + 5)].Order().ToArray();
        return window[window.Length / 2];
    }
}
