using System.CommandLine;
using QwenEval.Core;

namespace QwenEval.Harness.Cli;

/// <summary>Options several verbs share, defined once so they read the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<bool> UnsafeNoSandbox() => new("--unsafe-no-sandbox")
    {
        Description = "Run model answers WITHOUT isolation. Marked in every report. Never on untrusted models.",
    };

    public const string Builtin = "builtin";
    public const string GenAi = "genai";

    /// <summary>--runtime builtin|genai: the project's own ONNX engine or ONNX Runtime GenAI.</summary>
    public static Option<string> Runtime()
    {
        var option = new Option<string>("--runtime")
        {
            Description = "builtin (the project's ONNX engine) or genai (ONNX Runtime GenAI).",
            DefaultValueFactory = _ => Builtin,
        };
        option.AcceptOnlyFromAmong(Builtin, GenAi);
        return option;
    }
}
