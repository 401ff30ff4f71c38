using System.CommandLine;
using QwenEval.Core;

namespace QwenEval.Harness.Cli;

/// <summary>Options several verbs share, defined once so they read the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<string> Config(string description = "The eval config file.") =>
        new("--config") { Description = description, DefaultValueFactory = _ => "eval.config.json" };

    public static Option<bool> UnsafeNoSandbox() => new("--unsafe-no-sandbox")
    {
        Description = "Run model answers WITHOUT isolation. Marked in every report. Never on untrusted models.",
    };
}
