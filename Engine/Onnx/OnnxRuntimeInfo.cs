using System.Reflection;

namespace QwenEval.Engine.Onnx;

/// <summary>The ONNX Runtime this build runs on, for provenance.</summary>
public static class OnnxRuntimeInfo
{
    public static string Version { get; } =
        typeof(Microsoft.ML.OnnxRuntime.InferenceSession).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0] ?? "unknown";
}
