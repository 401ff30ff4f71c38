using Microsoft.ML.OnnxRuntimeGenAI;
using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Engine.Generation;
using QwenEval.Engine.Onnx.Config;

namespace QwenEval.Engine.GenAi;

/// <summary>
/// ONNX Runtime GenAI (Microsoft.ML.OnnxRuntimeGenAI) as a token runtime: a model folder loaded by GenAI's own
/// Config/Model/Generator, with the execution provider and intra-op threads set explicitly (GenAI's default is half the
/// hardware threads, the built-in engine's one per physical core: comparisons must name both).
/// </summary>
public sealed class GenAiRuntime : ITokenRuntime
{
    /// <summary>Provider names as models[].provider takes them → GenAI's spelling and the package that has it.</summary>
    public static readonly IReadOnlyDictionary<string, (string GenAiName, string Flavor)> Providers =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["cpu"] = ("cpu", "Cpu"),
            ["cuda"] = ("cuda", "Cuda (package Microsoft.ML.OnnxRuntimeGenAI.Cuda: Linux/Windows x64 with an NVIDIA GPU)"),
            ["dml"] = ("dml", "DirectML (package Microsoft.ML.OnnxRuntimeGenAI.DirectML: Windows)"),
            ["coreml"] = ("CoreML", "a GenAI build with CoreML (no NuGet flavor of 0.20 has it)"),
            ["webgpu"] = ("WebGPU", "a GenAI build with WebGPU (no NuGet flavor of 0.20 has it)"),
        };

    private static readonly Lock InitLock = new();
    private static OgaHandle? _oga; // its Dispose shuts GenAI down for the whole process: one, held for the process's life

    private readonly Model _model;
    private readonly GenAiConfig _config;

    public GenAiRuntime(string modelDirectory, string provider = "cpu", int? intraOpThreads = null)
    {
        // GenAI exposes neither vocab size nor context length in C#: they come from the same genai_config.json it reads.
        _config = GenAiConfigLoader.Load(modelDirectory);
        if (!Providers.TryGetValue(provider, out var p))
            throw new UserInputException($"provider \"{provider}\" is not one GenAI knows. Use one of: {string.Join(", ", Providers.Keys)}.");
        Provider = provider;
        Threads = intraOpThreads ?? Onnx.State.CpuCores.Physical();
        lock (InitLock) _oga ??= new OgaHandle();

        using var config = new Config(modelDirectory);
        // models[].provider overrides the folder's list (tiny-qwen35-cuda names CUDA and would fail on a CPU build).
        config.ClearProviders();
        if (p.GenAiName != "cpu") config.AppendProvider(p.GenAiName);
        // The value must be a JSON number: Overlay ignores text that is not JSON without a word.
        config.Overlay($"{{\"model\":{{\"decoder\":{{\"session_options\":{{\"intra_op_num_threads\":{Threads}}}}}}}}}");
        try
        {
            _model = new Model(config); // provider and folder problems all surface here, not at AppendProvider
        }
        catch (OnnxRuntimeGenAIException e) when (p.GenAiName != "cpu" && IsProviderFailure(e.Message))
        {
            throw new UserInputException($"provider \"{provider}\" is not in the ONNX Runtime GenAI library of this build ({BuildFlavor}); " +
                $"it comes with {p.Flavor}: build with -p:GenAIFlavor=… (see README). GenAI said: {FirstLine(e.Message)}");
        }
        catch (OnnxRuntimeGenAIException e)
        {
            throw new UserInputException($"{modelDirectory}: ONNX Runtime GenAI refused the folder: {FirstLine(e.Message)}{Hint(e.Message)}");
        }
        ModelType = _model.GetModelType();
    }

    /// <summary>The native GenAI package this build took (the GenAIFlavor MSBuild property).</summary>
    public static string BuildFlavor => BuildMetadata("GenAIFlavor") ?? "Cpu";

    /// <summary>The GenAI package version this build restored (its managed assembly carries no version of its own).</summary>
    public static string Version => BuildMetadata("GenAIVersion") ?? "unknown";

    private static string? BuildMetadata(string key) => typeof(GenAiRuntime).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;

    public string Provider { get; }

    public int Threads { get; }

    public string ModelType { get; }

    public int ContextLength => _config.Model.ContextLength;

    public int VocabSize => _config.Model.VocabSize;

    public IReadOnlyList<int> EosTokenIds => _config.Model.EosTokenIds;

    public string Describe => $"{_config.ModelDirectory} (ONNX Runtime GenAI {Version}, {Provider})";

    public GenAiSession StartSession(GenAiSearch search)
    {
        if (search.MaxLength <= 0 || search.MaxLength > ContextLength)
            throw new ArgumentOutOfRangeException(nameof(search), $"max_length {search.MaxLength} must be in 1..{ContextLength} (context_length).");
        return new GenAiSession(_model, search);
    }

    public ITokenStream Start(IReadOnlyList<int> prompt, int maxLength, DecodingConfig decoding, ulong seed, int minLength = 0, Func<int>? checkpoint = null)
    {
        var sample = decoding.Mode == DecodingMode.Sample;
        // GenAI's random_seed is an int: the draw's 64-bit seed, folded to 31 bits.
        var session = StartSession(new GenAiSearch(maxLength, sample, sample ? decoding.Temperature : 1.0, sample ? decoding.TopP : 1.0,
            sample ? decoding.TopK : 0, sample ? (int)(seed % int.MaxValue) : null, minLength));
        session.Append([.. prompt]);
        return new GenAiTokenStream(session, [.. EosTokenIds]);
    }

    public void Dispose() => _model.Dispose();

    private static bool IsProviderFailure(string m) =>
        m.Contains("not supported in this build") || m.Contains("not been built with") ||
        m.Contains("interface not available") || m.Contains("Unknown provider name");

    private static string FirstLine(string m) => m.Split('\n')[0].Trim();

    private static string Hint(string m) => m.Contains("model path is a directory")
        ? " GenAI builds a session from a config entry whose filename is empty: for type qwen3_5 that is model.vision (GenAI's " +
          "qwen3_5 pipeline always loads a vision model). Add a \"vision\" section naming an ONNX file whose output image_features " +
          "has the hidden size as its last dimension (`qweneval models synth` writes one)."
        : "";
}

/// <summary>One GenAI generation for the chat pipeline: forced tokens are appended to the live generator (no second prefill).</summary>
internal sealed class GenAiTokenStream(GenAiSession session, int[] eos) : ITokenStream
{
    public StreamRun Generate(int maxNew, Func<int, bool> keepGoing, CancellationToken cancellation)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var produced = new List<int>();
        var ttft = TimeSpan.Zero;
        for (var i = 0; i < maxNew && !session.IsDone; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var token = session.Next();
            if (i == 0) ttft = System.Diagnostics.Stopwatch.GetElapsedTime(start);
            // The callback sees the end token too, as the built-in engine's does (thinking and stop counts agree).
            if (Array.IndexOf(eos, token) >= 0) return new StreamRun(produced, true, !keepGoing(token), ttft);
            produced.Add(token);
            if (!keepGoing(token)) return new StreamRun(produced, false, true, ttft);
        }
        return new StreamRun(produced, false, false, ttft);
    }

    public void Append(IReadOnlyList<int> tokens) => session.Append([.. tokens]);

    public void Dispose() => session.Dispose();
}
