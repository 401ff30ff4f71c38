using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using QwenEval.Core;
using QwenEval.Engine.GenAi;
using QwenEval.Engine.Generation;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Onnx.State;

namespace QwenEval.Harness.Cli;

/// <summary>
/// The built-in engine against ONNX Runtime GenAI on one folder: each measurement in a process of its own (so peak
/// memory is the runtime's alone), the runtimes interleaved round by round (so a busy spell hits both), the same
/// intra-op threads set explicitly in both. Targets are printed, never asserted.
/// </summary>
public static class RuntimeBenchCommand
{
    public sealed record Measurement(string Runtime, int Threads, int PromptTokens, int DecodeTokens, double PrefillTokensPerSecond,
        double DecodeTokensPerSecond, double TtftMs, long? PeakRssBytes);

    public sealed record Comparison(IReadOnlyList<Measurement> Builtin, IReadOnlyList<Measurement> GenAi)
    {
        public Measurement B => Median(Builtin);

        public Measurement G => Median(GenAi);

        public double DecodeRatio => B.DecodeTokensPerSecond / G.DecodeTokensPerSecond;

        public double PrefillRatio => B.PrefillTokensPerSecond / G.PrefillTokensPerSecond;

        public double? RssRatio => B.PeakRssBytes is { } b && G.PeakRssBytes is { } g && g > 0 ? (double)b / g : null;

        private static Measurement Median(IReadOnlyList<Measurement> runs)
        {
            double M(Func<Measurement, double> f) => runs.Select(f).Order().ElementAt(runs.Count / 2);
            return runs[0] with
            {
                PrefillTokensPerSecond = M(r => r.PrefillTokensPerSecond),
                DecodeTokensPerSecond = M(r => r.DecodeTokensPerSecond),
                TtftMs = M(r => r.TtftMs),
                PeakRssBytes = runs.Max(r => r.PeakRssBytes),
            };
        }
    }

    /// <summary>Hidden verb: one runtime, one measurement, one JSON line.</summary>
    public static Command Worker()
    {
        var model = new Option<string>("--model") { Required = true };
        var runtime = CommonOptions.Runtime();
        var threads = new Option<int>("--threads") { Required = true };
        var prompt = new Option<int>("--prompt-tokens") { DefaultValueFactory = _ => 512 };
        var decode = new Option<int>("--decode-tokens") { DefaultValueFactory = _ => 128 };
        var command = new Command("bench-runtime", "Internal: measure one runtime on one folder.") { model, runtime, threads, prompt, decode };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(model)!;
            var n = parse.GetValue(threads);
            using ITokenRuntime tokens = parse.GetValue(runtime) == CommonOptions.GenAi
                ? new GenAiRuntime(dir, "cpu", n)
                // No kept state: the timed run repeats the warm-up's prompt, which a kept state would not prefill again.
                : new OnnxTokenRuntime(OnnxModel.Load(dir, new EngineOptions { IntraOpThreads = n }), StateReuse.None);
            var speed = RuntimeBench.Measure(tokens, parse.GetValue(prompt), parse.GetValue(decode));
            Console.WriteLine(JsonSerializer.Serialize(new Measurement(parse.GetValue(runtime)!, n, speed.PromptTokens, speed.DecodeTokens,
                speed.PrefillTokensPerSecond, speed.DecodeTokensPerSecond, speed.TtftMs, PeakMemory.OfThisProcess())));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Runs <paramref name="rounds"/> interleaved rounds of both runtimes, each in its own process.</summary>
    public static Comparison Compare(string modelDir, int threads, int rounds, int promptTokens, int decodeTokens)
    {
        List<Measurement> builtin = [], genai = [];
        for (var r = 0; r < rounds; r++)
        {
            builtin.Add(Spawn(modelDir, CommonOptions.Builtin, threads, promptTokens, decodeTokens));
            genai.Add(Spawn(modelDir, CommonOptions.GenAi, threads, promptTokens, decodeTokens));
        }
        return new Comparison(builtin, genai);
    }

    public static JsonObject ToJson(Comparison c) => new()
    {
        ["threads"] = c.B.Threads,
        ["prompt_tokens"] = c.B.PromptTokens,
        ["decode_tokens"] = c.B.DecodeTokens,
        ["rounds"] = c.Builtin.Count,
        ["builtin"] = Figures(c.B),
        ["genai"] = Figures(c.G),
        ["decode_ratio"] = Math.Round(c.DecodeRatio, 3),
        ["prefill_ratio"] = Math.Round(c.PrefillRatio, 3),
        ["rss_ratio"] = c.RssRatio is { } r ? Math.Round(r, 3) : null,
    };

    public static void Print(Comparison c, TextWriter o)
    {
        var ci = CultureInfo.InvariantCulture;
        o.WriteLine($"built-in vs ONNX Runtime GenAI {GenAiRuntime.Version} ({c.B.Threads} intra-op threads each, prompt {c.B.PromptTokens}, " +
            $"{c.B.DecodeTokens} decode tokens, median of {c.Builtin.Count} interleaved rounds, each in its own process)");
        o.WriteLine("                      built-in      genai       ratio  target");
        o.WriteLine(string.Format(ci, "prefill tokens/s   {0,11:0.0} {1,11:0.0} {2,10:0.000}  >= 1.0", c.B.PrefillTokensPerSecond, c.G.PrefillTokensPerSecond, c.PrefillRatio));
        o.WriteLine(string.Format(ci, "decode tokens/s    {0,11:0.0} {1,11:0.0} {2,10:0.000}  >= 1.0", c.B.DecodeTokensPerSecond, c.G.DecodeTokensPerSecond, c.DecodeRatio));
        o.WriteLine(string.Format(ci, "TTFT ms            {0,11:0.0} {1,11:0.0}", c.B.TtftMs, c.G.TtftMs));
        o.WriteLine(string.Format(ci, "peak RSS MiB       {0,11:0.0} {1,11:0.0} {2,10:0.000}  <= 1.0",
            (c.B.PeakRssBytes ?? 0) / 1048576.0, (c.G.PeakRssBytes ?? 0) / 1048576.0, c.RssRatio ?? double.NaN));
    }

    private static JsonObject Figures(Measurement m) => new()
    {
        ["prefill_tokens_per_s"] = Math.Round(m.PrefillTokensPerSecond, 1),
        ["decode_tokens_per_s"] = Math.Round(m.DecodeTokensPerSecond, 1),
        ["ttft_ms"] = Math.Round(m.TtftMs, 1),
        ["peak_rss_bytes"] = m.PeakRssBytes,
    };

    private static Measurement Spawn(string modelDir, string runtime, int threads, int promptTokens, int decodeTokens)
    {
        var (file, prefix) = SelfCommand.Resolve();
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in prefix.Concat(["bench-runtime", "--model", modelDir, "--runtime", runtime, "--threads", $"{threads}",
                     "--prompt-tokens", $"{promptTokens}", "--decode-tokens", $"{decodeTokens}"])) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new EnvironmentProblemException($"could not start {file}");
        var stderr = p.StandardError.ReadToEndAsync();
        var line = p.StandardOutput.ReadToEnd().Trim().Split('\n').LastOrDefault() ?? "";
        p.WaitForExit();
        if (p.ExitCode != 0)
            throw new UserInputException($"{modelDir}: the {runtime} measurement failed (exit {p.ExitCode}): {stderr.Result.Trim().Split('\n').FirstOrDefault()}");
        return JsonSerializer.Deserialize<Measurement>(line) ?? throw new InvalidOperationException($"no measurement from {runtime}");
    }
}
