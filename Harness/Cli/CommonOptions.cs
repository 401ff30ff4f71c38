using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using QwenEval.Core;

namespace QwenEval.Harness.Cli;

/// <summary>Options several verbs share, defined once so they read the same everywhere.</summary>
public static class CommonOptions
{
    /// <summary>
    /// JSON printed for people (--json) and files written for other tools: indented, snake_case, and no
    /// \u0022-style escapes (quotes, &lt;, &gt; and non-ASCII text as themselves). report.html keeps the strict
    /// default escaping, because its JSON sits inside a script element.
    /// </summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The same on one line: a JSON Lines record, or a compact --json answer.</summary>
    public static readonly JsonSerializerOptions JsonLine = new(Json) { WriteIndented = false };

    public static Option<string> Config(string description = "The eval config file.") =>
        new("--config") { Description = description, DefaultValueFactory = _ => "eval.config.json" };

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
