using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using QwenEval.Core;
using QwenEval.Engine.Onnx.Search;
using QwenEval.Engine.Tokenization;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Generation;

namespace QwenEval.Harness.Cli;

/// <summary>`qweneval generate`: runs one prompt through a GenAI model folder with its configured search and prints the sequence.</summary>
public static class GenerateCommand
{
    public static Command Create(Func<string, ITextTokenizer>? tokenizers = null)
    {
        var model = new Option<string>("--model") { Description = "The model folder (genai_config.json + decoder .onnx).", Required = true }.Path(CliPaths.Kind.ExistingFolder);
        var prompt = new Option<string?>("--prompt") { Description = "Prompt text (needs the folder's tokenizer)." };
        var ids = new Option<string?>("--ids") { Description = "Prompt token ids, comma-separated, e.g. 0,0,0,52." };
        var maxLength = new Option<int?>("--max-length") { Description = "Stop at this many tokens, prompt included (default: the config's search.max_length)." };
        var threads = new Option<int?>("--threads") { Description = "ONNX Runtime intra-op threads (default: physical cores)." };
        var json = new Option<bool>("--json") { Description = "Print {\"ids\":[...],\"text\":...} instead of plain ids." };
        var runtime = CommonOptions.Runtime();
        var command = new Command("generate", "Generate from a prompt with a model folder and print the full sequence of token ids.")
        {
            model, prompt, ids, maxLength, threads, json, runtime,
        };
        command.Validators.Add(r =>
        {
            var hasPrompt = r.GetResult(prompt) is not null;
            var hasIds = r.GetResult(ids) is not null;
            if (hasPrompt == hasIds) r.AddError("Give exactly one of --prompt TEXT or --ids 0,0,0,52.");
        });
        command.SetAction((parse, ct) => Task.FromResult(Execute(
            parse.GetValue(model)!, parse.GetValue(prompt), parse.GetValue(ids), parse.GetValue(maxLength),
            parse.GetValue(threads), parse.GetValue(json), parse.GetValue(runtime)!, tokenizers ?? FolderTokenizer.Load, ct)));
        return command;
    }

    private static int Execute(string modelDir, string? promptText, string? idsText, int? maxLength, int? threads, bool json, string runtime,
        Func<string, ITextTokenizer> tokenizers, CancellationToken ct)
    {
        if (maxLength is < 2) throw new UserInputException($"--max-length {maxLength}: use at least 2 (the prompt plus one token).");
        if (threads is < 1) throw new UserInputException($"--threads {threads}: use at least 1.");
        ITextTokenizer? tokenizer = promptText is null ? null : tokenizers(modelDir);
        var prompt = tokenizer is not null ? tokenizer.Encode(promptText!).ToArray() : ParseIds(idsText!);
        var sequence = runtime == CommonOptions.GenAi
            ? GenAiSequence(modelDir, prompt, maxLength, threads, ct)
            : BuiltinSequence(modelDir, prompt, maxLength, threads, ct);
        var text = tokenizer?.Decode(sequence);
        if (json)
            Console.WriteLine(JsonSerializer.Serialize(new { ids = sequence, text }, CommonOptions.JsonLine));
        else
        {
            Console.WriteLine(string.Join(",", sequence));
            if (text is not null) Console.WriteLine(text);
        }
        return ExitCodes.Ok;
    }

    /// <summary>GenAI, greedy, to the same length as the built-in engine's default (the folder's search.max_length).</summary>
    private static int[] GenAiSequence(string modelDir, int[] prompt, int? maxLength, int? threads, CancellationToken ct)
    {
        using var runtime = new QwenEval.Engine.GenAi.GenAiRuntime(modelDir, "cpu", threads);
        var length = Math.Min(maxLength ?? QwenEval.Engine.Onnx.Config.GenAiConfigLoader.Load(modelDir).Search.MaxLength, runtime.ContextLength);
        return [.. prompt, .. GreedyIds.Continue(runtime, prompt, length, ct)];
    }

    private static int[] BuiltinSequence(string modelDir, int[] prompt, int? maxLength, int? threads, CancellationToken ct)
    {
        using var loaded = OnnxModel.Load(modelDir, new EngineOptions { IntraOpThreads = threads });
        var search = SearchOptions.From(loaded.Config.Search);
        if (maxLength is { } m) search = search with { MaxLength = m };
        GenerationOutput output;
        try
        {
            output = new OnnxGenerator(loaded).Generate([prompt], search, null, ct);
        }
        catch (ArgumentException e)
        {
            throw new UserInputException($"{loaded.Config.File}: {e.Message}");
        }
        return output.Sequences[0];
    }

    private static int[] ParseIds(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) throw new UserInputException("--ids is empty. Give token ids such as 0,0,0,52.");
        return parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new UserInputException($"--ids: \"{p}\" is not a token id. Give non-negative whole numbers separated by commas, e.g. 0,0,0,52.")).ToArray();
    }
}
