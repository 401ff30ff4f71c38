using Microsoft.ML.OnnxRuntime;
using QwenEval.Core;
using QwenEval.Engine.Onnx.Config;

namespace QwenEval.Engine.Onnx.State;

/// <summary>
/// Creates the decoder's InferenceSession from the config's session options, on the CPU provider (the only one this
/// build has), and turns load failures into errors that name the file and what to do.
/// </summary>
internal static class DecoderSessionFactory
{
    public static InferenceSession Create(GenAiConfig config, EngineOptions engine) =>
        Create(config, config.Model.Decoder.Filename, "$.model.decoder.filename", engine, warn: true);

    /// <summary>A session for one of the folder's models, with the decoder's session options (as GenAI falls back to them).</summary>
    public static InferenceSession Create(GenAiConfig config, string fileName, string field, EngineOptions engine, bool warn)
    {
        var path = config.PathOf(fileName);
        if (!File.Exists(path))
            throw new UserInputException(
                $"{path}: model file not found ({config.File}: {field} is \"{fileName}\"). " +
                "Fix the filename in genai_config.json or copy the .onnx file (and its .onnx.data, if any) into the folder.");
        using var options = CreateOptions(config, engine, warn);
        try
        {
            // From the path, not bytes: ORT then finds external data (.onnx.data) beside the file.
            return new InferenceSession(path, options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new UserInputException(
                $"{path}: ONNX Runtime could not load it: {FirstLine(e.Message)} " +
                "The file may be truncated, not an ONNX model, or need operators this ONNX Runtime lacks; export or download it again.");
        }
    }

    private static SessionOptions CreateOptions(GenAiConfig config, EngineOptions engine, bool warn)
    {
        var session = config.Model.Decoder.Session;
        var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            // One decoder step is a chain of dependent ops: inter-op parallelism only adds thread hand-offs.
            InterOpNumThreads = 1,
            IntraOpNumThreads = engine.IntraOpThreads ?? session.IntraOpNumThreads ?? CpuCores.Physical(),
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        };
        foreach (var (key, value) in session.ConfigEntries)
            options.AddSessionConfigEntry(key, value);
        foreach (var provider in session.Providers)
        {
            if (!warn || provider.Name.Equals("cpu", StringComparison.OrdinalIgnoreCase)) continue;
            (engine.Warnings ?? Console.Error).WriteLine(
                $"warning: {config.File}: $.model.decoder.session_options.provider_options names \"{provider.Name}\", " +
                "which this build does not have; running on CPU.");
        }
        return options;
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.EndsWith('.') ? line : line + ".";
    }
}
