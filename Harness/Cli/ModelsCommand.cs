using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using QwenEval.Engine.Footprint;
using QwenEval.Core;

namespace QwenEval.Harness.Cli;

/// <summary>`qweneval models list|fit|footprint`: the Qwen3.5 catalog, what fits a machine, and a folder's predicted (and measured) memory.</summary>
public static partial class ModelsCommand
{
    private static readonly JsonSerializerOptions Json = CommonOptions.Json;

    public static Command Footprint()
    {
        var model = new Option<string>("--model") { Description = "The model folder (genai_config.json + ONNX files).", Required = true }.Path(CliPaths.Kind.ExistingFolder);
        var prompt = new Option<int>("--prompt-tokens") { Description = "Prompt length the prediction assumes.", DefaultValueFactory = _ => 512 };
        var maxNew = new Option<int>("--max-new-tokens") { Description = "Tokens generated after the prompt.", DefaultValueFactory = _ => 512 };
        var measure = new Option<bool>("--measure")
        {
            Description = "Also load the folder, generate prompt + max-new tokens with the engine and report this process's peak memory.",
        };
        var threads = new Option<int?>("--threads") { Description = "ONNX Runtime intra-op threads for --measure (default: physical cores)." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var runtime = CommonOptions.Runtime();
        var command = new Command("footprint", "Predict a model folder's peak memory by part (weights, KV cache, recurrent state, activations, runtime).")
        {
            model, prompt, maxNew, measure, threads, json, runtime,
        };
        command.SetAction((parse, ct) =>
        {
            var dir = parse.GetValue(model)!;
            var p = parse.GetValue(prompt);
            var n = parse.GetValue(maxNew);
            if (p < 1) throw new UserInputException($"--prompt-tokens {p}: use at least 1.");
            if (n < 0) throw new UserInputException($"--max-new-tokens {n}: use 0 or more.");
            var estimate = FootprintPredictor.ForFolder(dir, p, n);
            MeasuredFootprint? measured = parse.GetValue(measure) ? FootprintMeasurement.Run(dir, p, n, parse.GetValue(threads), ct, genai: parse.GetValue(runtime) == CommonOptions.GenAi) : null;
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new FootprintReport(Path.GetFullPath(dir), estimate.Tokens, estimate.TotalBytes,
                    estimate.Parts().ToDictionary(x => x.Part, x => x.Bytes), estimate.WeightFileBytes, measured), Json));
                return Task.FromResult(ExitCodes.Ok);
            }
            Console.WriteLine($"{Path.GetFullPath(dir)}: predicted peak for {estimate.Tokens} tokens ({p} prompt + {n} new)");
            foreach (var (part, bytes) in estimate.Parts())
                Console.WriteLine($"  {part,-16} {FootprintEstimate.MiB(bytes),10} MiB");
            Console.WriteLine($"  {"total",-16} {FootprintEstimate.MiB(estimate.TotalBytes),10} MiB   (weights on disk {FootprintEstimate.MiB(estimate.WeightFileBytes)} MiB)");
            if (measured is { PeakBytes: { } peak })
            {
                var error = (estimate.TotalBytes - peak) / (double)peak;
                Console.WriteLine($"  {"measured peak",-16} {FootprintEstimate.MiB(peak),10} MiB   prediction {error.ToString("+0.0%;-0.0%", CultureInfo.InvariantCulture)}" +
                    $" (load {measured.LoadMs:0} ms, {measured.GeneratedTokens} tokens in {measured.GenerateMs:0} ms)");
            }
            else if (measured is not null) Console.WriteLine("  measured peak    not available on this OS");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private sealed record FootprintReport(string Model, int Tokens, long PredictedBytes, IReadOnlyDictionary<string, long> Parts, long WeightFileBytes, MeasuredFootprint? Measured);
}
