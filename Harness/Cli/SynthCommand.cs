using System.CommandLine;
using QwenEval.Core;
using QwenEval.Synthetic;
using QwenEval.Synthetic.Tokenizer;

namespace QwenEval.Harness.Cli;

/// <summary>`qweneval models synth`: writes a synthetic GenAI model folder (random weights, real layout).</summary>
public static class SynthCommand
{
    private static readonly Dictionary<string, SyntheticArch> Archs = new()
    {
        ["qwen2"] = SyntheticArch.Qwen2,
        ["qwen3_5"] = SyntheticArch.Qwen35,
        ["qwen3_5_moe"] = SyntheticArch.Qwen35Moe,
    };

    public static Command Create()
    {
        var arch = new Option<string>("--arch") { Description = "Decoder family: qwen2, qwen3_5 or qwen3_5_moe.", DefaultValueFactory = _ => "qwen2" };
        arch.AcceptOnlyFromAmong([.. Archs.Keys]);
        var int4 = new Option<bool>("--int4") { Description = "Store MatMul weights as int4 (MatMulNBits)." };
        var sizeMb = new Option<int?>("--size-mb") { Description = "Scale the model so its weights take about this many MB (external data file)." };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the weights; the same seed writes identical bytes.", DefaultValueFactory = _ => 1UL };
        var embeddingModel = new Option<bool>("--embedding-model")
        {
            Description = "Qwen3.5 only: write the qwen3_5 layout (separate embedding model, decoder takes inputs_embeds).",
        };
        var output = new Option<string>("--out") { Description = "Folder to write the model into.", Required = true }.Path(CliPaths.Kind.OutputFolder);
        var command = new Command("synth", "Write a small synthetic ONNX Runtime GenAI model folder with seeded random weights.")
        {
            arch, int4, sizeMb, seed, embeddingModel, output,
        };
        command.SetAction(parse => Execute(Archs[parse.GetValue(arch)!], parse.GetValue(int4), parse.GetValue(sizeMb),
            parse.GetValue(seed), parse.GetValue(embeddingModel), parse.GetValue(output)!));
        return command;
    }

    private static int Execute(SyntheticArch arch, bool int4, int? sizeMb, ulong seed, bool embeddingModel, string output)
    {
        if (embeddingModel && arch == SyntheticArch.Qwen2)
            throw new UserInputException("--embedding-model applies to --arch qwen3_5 and qwen3_5_moe only; leave it out for qwen2.");
        if (sizeMb is <= 0)
            throw new UserInputException("--size-mb must be a positive number of megabytes.");
        var spec = DefaultSpecs.For(arch) with { Int4 = int4, Seed = seed, SeparateEmbedding = embeddingModel };
        if (sizeMb is { } mb)
            spec = ModelSizing.ForTargetBytes(spec, mb * 1024L * 1024L, new SyntheticTokenizer().VocabSize);
        var folder = Path.GetFullPath(output);
        var model = TinyModelGenerator.Create(spec);
        var files = TinyModelGenerator.Write(model, folder);
        Console.WriteLine($"{spec.GenAiType}: hidden {spec.HiddenSize}, {spec.NumLayers} layers, vocab {model.Tokenizer.VocabSize}, "
            + $"{(spec.Int4 ? "int4" : "fp32")} weights, seed {spec.Seed}");
        foreach (var f in files) Console.WriteLine($"  {Path.GetFileName(f),-24} {new FileInfo(f).Length,12:N0} bytes");
        Console.WriteLine($"wrote {folder}");
        return ExitCodes.Ok;
    }
}
