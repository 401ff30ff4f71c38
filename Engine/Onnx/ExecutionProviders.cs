using QwenEval.Engine.Onnx.Config;

namespace QwenEval.Engine.Onnx;

/// <summary>Which execution provider a folder runs on in this build, for run.json (the engine runs on CPU; other providers in the config fall back).</summary>
public static class ExecutionProviders
{
    public const string Cpu = "CPUExecutionProvider";

    public static string Describe(string modelDirectory)
    {
        var requested = GenAiConfigLoader.Load(modelDirectory).Model.Decoder.Session.Providers
            .Select(p => p.Name)
            .Where(n => !n.Equals("cpu", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return requested.Count == 0 ? Cpu : $"{Cpu} (genai_config.json asks for {string.Join(", ", requested)}, not in this build)";
    }
}
