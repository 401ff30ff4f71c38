using System.CommandLine;
using System.Text.Json;
using QwenEval.Engine.Doctor;
using QwenEval.Core;

namespace QwenEval.Harness.Cli;

/// <summary>`qweneval doctor --model DIR`: checks a model folder before a long run and says what to fix (exit 2 when broken).</summary>
public static class DoctorCommand
{
    private static readonly JsonSerializerOptions Json = CommonOptions.Json;

    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "The model folder (genai_config.json + ONNX files + tokenizer.json).", Required = true };
        var prompt = new Option<int>("--prompt-tokens") { Description = "Prompt length for the footprint check.", DefaultValueFactory = _ => 512 };
        var maxNew = new Option<int>("--max-new-tokens") { Description = "Answer length for the footprint check (the run's max_new_tokens).", DefaultValueFactory = _ => 512 };
        var noSession = new Option<bool>("--no-session") { Description = "Skip creating ONNX Runtime sessions (fast, but operators go unchecked)." };
        var json = new Option<bool>("--json") { Description = "Print the findings as JSON." };
        var runtime = CommonOptions.Runtime();
        var command = new Command("doctor", "Check a model folder before a long run: config, files, names, operators, tokenizer, memory; with --runtime genai, whether ONNX Runtime GenAI loads it.")
        {
            model, prompt, maxNew, noSession, json, runtime,
        };
        command.SetAction(parse =>
        {
            var p = parse.GetValue(prompt);
            var n = parse.GetValue(maxNew);
            if (p < 1) throw new UserInputException($"--prompt-tokens {p}: use at least 1.");
            if (n < 0) throw new UserInputException($"--max-new-tokens {n}: use 0 or more.");
            var report = FolderDoctor.Check(parse.GetValue(model)!, new DoctorOptions(p, n, !parse.GetValue(noSession)));
            if (parse.GetValue(runtime) == CommonOptions.GenAi && Directory.Exists(report.Folder))
                report = report with { Findings = [.. report.Findings, GenAiFinding(report.Folder, load: !parse.GetValue(noSession))] };
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    folder = report.Folder,
                    healthy = report.Healthy,
                    predicted_bytes = report.Footprint?.TotalBytes,
                    findings = report.Findings.Select(f => new { severity = f.Severity.ToString().ToLowerInvariant(), check = f.Check, message = f.Message }),
                }, Json));
            }
            else
            {
                foreach (var f in report.Findings)
                    Console.WriteLine($"{Label(f.Severity)} {f.Check,-10} {f.Message}");
                var errors = report.Errors.Count();
                var warnings = report.Warnings.Count();
                Console.WriteLine(report.Healthy
                    ? $"healthy: {report.Folder}" + (warnings > 0 ? $" ({warnings} warning{(warnings == 1 ? "" : "s")})" : "")
                    : $"broken: {report.Folder}: {errors} error{(errors == 1 ? "" : "s")} to fix" + (warnings > 0 ? $", {warnings} warning{(warnings == 1 ? "" : "s")}" : ""));
            }
            return report.Healthy ? ExitCodes.Ok : ExitCodes.UsageOrInput;
        });
        return command;
    }

    /// <summary>Whether ONNX Runtime GenAI runs the folder: loaded by GenAI itself unless sessions are skipped.</summary>
    private static DoctorFinding GenAiFinding(string folder, bool load)
    {
        string? refusal;
        try
        {
            refusal = QwenEval.Engine.GenAi.GenAiAcceptance.Check(folder, "cpu", load);
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or KeyNotFoundException)
        {
            refusal = $"genai_config.json could not be read ({e.Message})";
        }
        return refusal is null
            ? new DoctorFinding(DoctorSeverity.Ok, "genai", load ? "ONNX Runtime GenAI loads the folder" : "nothing in the folder's structure makes ONNX Runtime GenAI refuse it (not loaded: --no-session)")
            : new DoctorFinding(DoctorSeverity.Error, "genai", refusal);
    }

    private static string Label(DoctorSeverity s) => s switch
    {
        DoctorSeverity.Ok => "ok     ",
        DoctorSeverity.Warning => "warning",
        _ => "ERROR  ",
    };
}
