using QwenEval.Core.Config;

namespace QwenEval.Backends.GenAi;

/// <summary>The fields of a models[] entry of kind "genai": a model folder run by ONNX Runtime GenAI itself.</summary>
[ConfigRecord]
public sealed record GenAiSettings(
    [property: Identity(IdentityScope.None, "the folder's file hashes are the model's identity; a moved folder is the same model"), ConfigPath] string Path,
    [property: Identity(IdentityScope.Model)] string Provider,
    [property: Identity(IdentityScope.None, "a speed setting; recorded in run.json as a measured fact")] int? Threads) : IKindSettings
{
    string? IKindSettings.Folder => Path;
}
