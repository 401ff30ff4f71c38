using System.Diagnostics;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Onnx.Search;
using QwenEval.Core;

namespace QwenEval.Engine.Footprint;

/// <summary>The peak memory this process reached loading a folder and generating through the engine, and how long it took.</summary>
public sealed record MeasuredFootprint(long? PeakBytes, int PromptTokens, int GeneratedTokens, double LoadMs, double GenerateMs);

/// <summary>
/// Loads a model folder with the engine (the code path a run's worker uses) and generates exactly
/// prompt + max_new_tokens tokens (end-of-sequence suppressed, so the caches fill to the size the prediction assumes),
/// then reads this process's peak resident memory. Run it in a fresh process: the peak covers the whole lifetime.
/// </summary>
public static class FootprintMeasurement
{
    /// <param name="genai">load and generate through ONNX Runtime GenAI instead of the built-in engine</param>
    public static MeasuredFootprint Run(string modelDirectory, int promptTokens, int maxNewTokens, int? threads = null, CancellationToken cancellation = default, bool genai = false)
    {
        var clock = Stopwatch.StartNew();
        using Generation.ITokenRuntime runtime = genai
            ? new GenAi.GenAiRuntime(modelDirectory, "cpu", threads)
            : new OnnxTokenRuntime(OnnxModel.Load(modelDirectory, new EngineOptions { IntraOpThreads = threads, Warnings = TextWriter.Null }), StateReuse.None);
        var loadMs = clock.Elapsed.TotalMilliseconds;
        var config = Onnx.Config.GenAiConfigLoader.Load(modelDirectory).Model;
        // A prompt of ordinary tokens: ids cycling below the vocabulary, skipping the end and pad ids.
        var avoid = new HashSet<int>(config.EosTokenIds) { config.PadTokenId };
        var prompt = new List<int>(promptTokens);
        for (var id = 0; prompt.Count < promptTokens; id = (id + 7) % config.VocabSize)
            if (!avoid.Contains(id)) prompt.Add(id);
        var length = Math.Min(promptTokens + maxNewTokens, config.ContextLength);
        clock.Restart();
        using var stream = runtime.Start(prompt, length, Core.Config.DecodingConfig.Greedy, 0, minLength: length);
        var generated = stream.Generate(length - promptTokens, _ => true, cancellation).Tokens.Count;
        return new MeasuredFootprint(PeakMemory.OfThisProcess(), promptTokens, generated, loadMs, clock.Elapsed.TotalMilliseconds);
    }
}
