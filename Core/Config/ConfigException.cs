using QwenEval.Core;

namespace QwenEval.Core.Config;

/// <summary>A config error that names the file, the JSON path of the field and the fix.</summary>
public sealed class ConfigException(string file, string jsonPath, string problem, string fix)
    : UserInputException($"{file}: {jsonPath}: {problem} {fix}")
{
    public string File { get; } = file;
    public string JsonPath { get; } = jsonPath;
}
