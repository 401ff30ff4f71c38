using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using QwenEval.Core;
using QwenEval.Engine.Onnx.Bench;
using QwenEval.Engine.Onnx.State;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Templates;

namespace QwenEval.Harness.Cli;

/// <summary>`qweneval bench --model`: decode speed and allocation of the engine against a minimal ORT loop on the same model.</summary>
public static class EngineBenchCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "The model folder (genai_config.json + decoder .onnx).", Required = true }.Path(CliPaths.Kind.ExistingFolder);
        var tokens = new Option<int>("--tokens") { Description = "Decode steps to time (capped by the context length).", DefaultValueFactory = _ => 512 };
        var threads = new Option<int?>("--threads") { Description = "ONNX Runtime intra-op threads (default: physical cores)." };
        var json = new Option<bool>("--json") { Description = "Print the result as one JSON object." };
        var rounds = new Option<int>("--rounds") { Description = "Interleaved rounds of the built-in engine against ONNX Runtime GenAI (0 skips GenAI).", DefaultValueFactory = _ => 3 };
        var draws = new Option<int>("--draws") { Description = "Sampled draws of one 512-token prompt, timed with and without the engine's prompt reuse (0 skips).", DefaultValueFactory = _ => 10 };
        var drawTokens = new Option<int>("--draw-tokens") { Description = "New tokens per draw (an eval's typical answer length).", DefaultValueFactory = _ => 128 };
        var turns = new Option<int>("--turns") { Description = "Turns of a scripted tool conversation, timed with and without the engine's kept state (0 skips; needs the folder's tokenizer and chat template).", DefaultValueFactory = _ => 8 };
        var command = new Command("bench",
            "Measure the engine: decode tokens/s against a minimal ONNX Runtime loop and bytes allocated per token; then prefill, decode, TTFT and peak RSS against ONNX Runtime GenAI, side by side.")
        {
            model, tokens, threads, json, rounds, draws, drawTokens, turns,
        };
        command.SetAction((parse, ct) => Task.FromResult(Execute(parse.GetValue(model)!, parse.GetValue(tokens), parse.GetValue(threads), parse.GetValue(json), parse.GetValue(rounds),
            parse.GetValue(draws), parse.GetValue(drawTokens), parse.GetValue(turns))));
        return command;
    }

    private static int Execute(string modelDir, int tokens, int? threads, bool json, int rounds, int draws, int drawTokens, int turns)
    {
        if (turns < 0) throw new UserInputException($"--turns {turns}: use 0 or more.");
        if (drawTokens < 1) throw new UserInputException($"--draw-tokens {drawTokens}: use at least 1.");
        if (rounds < 0) throw new UserInputException($"--rounds {rounds}: use 0 or more.");
        if (draws < 0) throw new UserInputException($"--draws {draws}: use 0 or more.");
        if (tokens < 16) throw new UserInputException($"--tokens {tokens}: use at least 16.");
        if (threads is < 1) throw new UserInputException($"--threads {threads}: use at least 1.");
        var threadCount = threads ?? CpuCores.Physical();
        using var loaded = OnnxModel.Load(modelDir, new EngineOptions { IntraOpThreads = threadCount });
        BenchResult result;
        try
        {
            result = new DecodeBenchmark(loaded, threadCount).Run(tokens);
        }
        catch (ArgumentException e)
        {
            throw new UserInputException($"{loaded.Config.File}: {e.Message}");
        }
        var reuse = draws > 0 ? new DrawReuseBenchmark(loaded).Run(draws, 512, drawTokens) : null;
        // A conversation needs the folder's tokenizer and chat template, which the GenAI test fixtures lack: a folder
        // without them skips this part, saying why, rather than failing the whole bench.
        TurnReuseResult? conversation = null;
        string? noConversation = null;
        if (turns > 0)
        {
            try
            {
                conversation = TurnReuseBenchmark.Run(loaded, FolderTokenizer.Load(modelDir), ChatTemplateLoader.Load(modelDir), turns, 32);
            }
            catch (UserInputException e)
            {
                noConversation = e.Message;
            }
        }
        var genai = rounds > 0 ? RuntimeBenchCommand.Compare(modelDir, threadCount, rounds, 512, 128) : null;
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                model = result.Model,
                threads = result.Threads,
                prompt_tokens = result.PromptTokens,
                decode_tokens = result.DecodeTokens,
                engine_tokens_per_s = Math.Round(result.EngineTokensPerSecond, 1),
                minimal_tokens_per_s = Math.Round(result.MinimalTokensPerSecond, 1),
                decode_ratio = Math.Round(result.DecodeRatio, 3),
                bytes_per_token = Math.Round(result.BytesAllocatedPerToken, 1),
                ms_per_token_at_16 = Round(result.MsPerTokenAt16),
                ms_per_token_at_500 = Round(result.MsPerTokenAt500),
                load_average = result.LoadAverage,
                genai = genai is null ? null : RuntimeBenchCommand.ToJson(genai),
                draw_reuse = reuse?.ToJson(),
                turn_reuse = conversation?.ToJson(),
            }));
            return ExitCodes.Ok;
        }
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine($"model                 {result.Model} ({result.Threads} threads, prompt {result.PromptTokens}, {result.DecodeTokens} decode steps)");
        Console.WriteLine(string.Format(c, "engine                {0:0.0} tokens/s", result.EngineTokensPerSecond));
        Console.WriteLine(string.Format(c, "minimal loop          {0:0.0} tokens/s", result.MinimalTokensPerSecond));
        Console.WriteLine(string.Format(c, "decode_ratio          {0:0.000} (target >= 0.95)", result.DecodeRatio));
        Console.WriteLine(string.Format(c, "bytes per token       {0:0.0} (target < 1024)", result.BytesAllocatedPerToken));
        Console.WriteLine($"ms/token at pos 16    {Format(result.MsPerTokenAt16)}");
        Console.WriteLine($"ms/token at pos 500   {Format(result.MsPerTokenAt500)}");
        if (genai is not null)
        {
            Console.WriteLine();
            RuntimeBenchCommand.Print(genai, Console.Out);
        }
        if (reuse is not null)
        {
            Console.WriteLine();
            Console.WriteLine($"prompt reuse across draws (built-in engine): {reuse.Draws} sampled draws of one {reuse.PromptTokens}-token prompt, {reuse.NewTokens} new tokens each");
            Console.WriteLine(string.Format(c, "end-to-end tokens/s   {0:0.0} prefilled per draw, {1:0.0} prefilled once", reuse.WithoutTokensPerSecond, reuse.WithTokensPerSecond));
            Console.WriteLine(string.Format(c, "reuse ratio           {0:0.000} (target >= 1.5); draws identical: {1}", reuse.Ratio, reuse.Identical ? "yes" : "NO"));
        }
        if (conversation is not null)
        {
            Console.WriteLine();
            Console.WriteLine($"state kept across turns (built-in engine): a {conversation.Turns}-turn tool conversation, prompts {conversation.FirstPrompt} -> {conversation.LastPrompt} tokens, 32 new tokens a turn");
            Console.WriteLine(string.Format(c, "prompt tokens run     {0} prefilled whole each turn, {1} with the kept state", conversation.TokensRunWithout, conversation.TokensRunWith));
            Console.WriteLine(string.Format(c, "summed TTFT           {0:0} ms -> {1:0} ms ({2:0.00}x); answers identical: {3}", conversation.TtftWithoutMs, conversation.TtftWithMs, conversation.TtftRatio, conversation.Identical ? "yes" : $"no, from turn {conversation.FirstDifferentTurn} (a continuation rounds differently)"));
        }
        else if (noConversation is not null) Console.WriteLine($"\nstate kept across turns: skipped ({noConversation})");
        if (result.LoadAverage is { } load && load > Environment.ProcessorCount)
            Console.WriteLine(string.Format(c, "note: the machine was busy (load {0:0.0} on {1} cores); timings are noisy.", load, Environment.ProcessorCount));
        return ExitCodes.Ok;
    }

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 3) : null;

    private static string Format(double? v) => v is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "n/a (context too short)";
}
