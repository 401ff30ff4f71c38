using QwenEval.Core.Config;

namespace QwenEval.Backends.Onnx;

/// <summary>The fields of a models[] entry of kind "onnx" (the built-in engine).</summary>
[ConfigRecord]
public sealed record OnnxSettings(
    [property: Identity(IdentityScope.None, "the folder's file hashes are the model's identity; a moved folder is the same model"), ConfigPath] string Path,
    [property: Identity(IdentityScope.None, "a speed setting; recorded in run.json as a measured fact")] int? Threads,
    // A continued conversation may round differently from one prefilled whole (int4), so answers may change.
    [property: Identity(IdentityScope.Model)] bool ReuseTurns = true) : IKindSettings
{
    string? IKindSettings.Folder => Path;

    /// <summary>Parses path and threads of an onnx or genai entry.</summary>
    public static (string Path, int? Threads) ParseFolder(JsonFields m, string baseDir)
    {
        var path = ConfigPaths.Existing(m, "path", m.String("path", "models/qwen3.5-0.8b-int4"), baseDir, directory: true);
        int? threads = m.Has("threads") ? m.Int("threads", 1, 1, 1024) : null;
        return (path, threads);
    }
}
