using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using QwenEval.Engine.Footprint;
using QwenEval.Engine.Catalog;
using FitKind = QwenEval.Engine.Catalog.Fit;
using QwenEval.Core;

namespace QwenEval.Harness.Cli;

public static partial class ModelsCommand
{
    public static Command List()
    {
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var command = new Command("list", "The Qwen3.5 lineup with the architecture facts of each published config.") { json };
        command.SetAction(parse =>
        {
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(Qwen35Catalog.All.Select(CatalogEntry.Of), Json));
                return ExitCodes.Ok;
            }
            Console.Write(ListTable());
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Fit()
    {
        // Two tokens too, so an unquoted --memory 64 GiB reads as the user meant.
        var memory = new Option<string[]>("--memory")
        {
            Description = "The machine's memory, e.g. 32GB, 64GiB, \"64 GiB\" or 24576MB (default: this machine's).",
            Arity = new ArgumentArity(1, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var context = new Option<int>("--context") { Description = "Tokens the KV cache holds (prompt + answer).", DefaultValueFactory = _ => 8192 };
        var formats = new Option<string>("--formats") { Description = "Weight formats to show: int4, int8, fp16, bf16.", DefaultValueFactory = _ => "int4,int8,fp16" };
        var fitting = new Option<bool>("--fitting-only") { Description = "Hide rows over the GPU share (27B and 35B-A3B always show)." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var command = new Command("fit", "Which Qwen3.5 models fit a machine: predicted footprint per model and weight format against its memory and the GPU's share of it on macOS.")
        {
            memory, context, formats, fitting, json,
        };
        command.SetAction(parse =>
        {
            var memoryText = parse.GetValue(memory) is { Length: > 0 } parts ? string.Join(" ", parts) : null;
            var bytes = memoryText is null ? ThisMachineMemory() : MemorySize.Parse(memoryText);
            var tokens = parse.GetValue(context);
            if (tokens < 1 || tokens > 1 << 22)
                throw new UserInputException($"--context {tokens}: use 1 to {1 << 22} tokens (Qwen3.5 checkpoints allow 262144).");
            var table = FitTable.For(bytes, tokens, ParseFormats(parse.GetValue(formats)!), parse.GetValue(fitting));
            if (parse.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(FitJson.Of(table), Json));
            else Console.Write(FitText(table, MachineLine(memoryText is null)));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static long ThisMachineMemory() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>Which machine the table describes, and that its GPU share assumes a Mac when this is not one.</summary>
    internal static string MachineLine(bool thisMachine)
    {
        var here = $"{PlatformName.Current} with {MemorySize.Format(ThisMachineMemory())}";
        var which = thisMachine ? $"This machine ({here}; pass --memory for another size)." : $"A machine of the --memory size (this one is {here}).";
        return PlatformName.IsMac(System.Runtime.InteropServices.RuntimeInformation.OSDescription)
            ? which
            : which + " The Mac budgets below are an assumption: the same memory as Apple-silicon unified memory, of which macOS lets the GPU wire a share.";
    }

    private static List<WeightFormat> ParseFormats(string text)
    {
        var list = new List<WeightFormat>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var f = WeightFormats.Parse(part) ?? throw new UserInputException($"--formats: \"{part}\" is not a weight format. Use int4, int8, fp16 or bf16, e.g. --formats int4,int8.");
            if (!list.Contains(f)) list.Add(f);
        }
        return list.Count > 0 ? list : throw new UserInputException("--formats is empty. Give e.g. int4,int8,fp16.");
    }

    internal static string ListTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine("Qwen3.5 text decoders (published configs; parameters counted from the dimensions, published count in brackets).");
        sb.AppendLine("DeltaNet heads are linear-attention key/value heads (dim 128); layer i is full attention when (i+1) % 4 == 0.");
        sb.AppendLine();
        sb.AppendLine(Row("model", "layers (DeltaNet+full)", "hidden", "heads Q/KV", "head", "DeltaNet K/V", "conv", "FFN / experts", "vocab", "tied", "params", "active"));
        foreach (var m in Qwen35Catalog.All)
        {
            sb.AppendLine(Row(
                m.Name,
                $"{m.Layers} ({m.LinearAttentionLayers}+{m.FullAttentionLayers})",
                I(m.Hidden),
                $"{m.Heads}/{m.KvHeads}",
                I(m.HeadDim),
                $"{m.LinearKeyHeads}/{m.LinearValueHeads}",
                I(m.ConvKernel),
                m.Moe is { } moe ? $"{moe.Experts}×{moe.ExpertFfn} top-{moe.ActiveExperts} +{moe.SharedExpertFfn}" : I(m.Ffn!.Value),
                I(m.Vocab),
                m.TiedEmbeddings ? "yes" : "no",
                $"{Billions(m.Parameters)} [{Billions(m.PublishedParameters)}]",
                Billions(m.ActiveParameters)));
        }
        sb.AppendLine();
        sb.AppendLine("Per token, full-attention KV cache (fp32 / fp16) and the constant Gated DeltaNet state per sequence (fp32):");
        foreach (var m in Qwen35Catalog.All)
            sb.AppendLine($"  {m.Name,-18} KV {Kib(m.KvElementsPerToken * 4),8} / {Kib(m.KvElementsPerToken * 2),8} per token   state {FootprintEstimate.MiB(m.StateElements * 4),7} MiB");
        return sb.ToString();

        static string Row(params string[] c) =>
            $"{c[0],-18} {c[1],-22} {c[2],6} {c[3],10} {c[4],4} {c[5],12} {c[6],4} {c[7],-22} {c[8],7} {c[9],4} {c[10],-15} {c[11],7}";
        static string Kib(long bytes) => $"{bytes / 1024} KiB";
    }

    internal static string FitText(FitTable table, string machine = "")
    {
        var sb = new StringBuilder();
        if (machine.Length > 0) sb.AppendLine(machine);
        sb.AppendLine($"Qwen3.5 on a {MemorySize.Format(table.MemoryBytes)} machine: macOS lets the GPU wire {MemorySize.Format(table.GpuShareBytes)} of it by default " +
            $"({(table.GpuShare < 0.7 ? "2/3" : "3/4")}; the default is 2/3 of unified memory up to 32 GB, 3/4 above).");
        sb.AppendLine($"Predicted peak of this harness (ONNX Runtime CPU on Apple silicon) at {table.ContextTokens.ToString("N0", CultureInfo.InvariantCulture)} tokens of context; GiB.");
        sb.AppendLine();
        sb.AppendLine($"  {"model",-18} {"format",-6} {"params",7} {"weights",8} {"KV",7} {"state",6} {"activ.",7} {"runtime",7} {"total",8}  fits");
        foreach (var r in table.Rows)
        {
            var e = r.Estimate;
            sb.AppendLine($"{(r.Highlighted ? "* " : "  ")}{r.Model.Name,-18} {r.Format.Name(),-6} {Billions(r.Model.Parameters),7} {FootprintEstimate.GiB(e.WeightBytes),8} " +
                $"{FootprintEstimate.GiB(e.KvCacheBytes),7} {FootprintEstimate.GiB(e.StateBytes),6} {FootprintEstimate.GiB(e.ActivationBytes),7} " +
                $"{FootprintEstimate.GiB(e.RuntimeBytes),7} {FootprintEstimate.GiB(e.TotalBytes),8}  {FitTable.Describe(r.Fit)}");
        }
        sb.AppendLine();
        sb.AppendLine("* the models of the claim (27B, 35B-A3B), always shown. \"over GPU share\": fits the memory, not the GPU's default share");
        sb.AppendLine("  (CPU only, or raise it with sudo sysctl iogpu.wired_limit_mb=N). Weights are resident bytes after ONNX Runtime packs them,");
        sb.AppendLine("  so int4 takes more than its files: see README, \"Qwen3.5 models and memory\".");
        return sb.ToString();
    }

    private static string I(long v) => v.ToString(CultureInfo.InvariantCulture);

    private static string Billions(long p) =>
        p >= 10_000_000_000 ? $"{(p / 1e9).ToString("0.#", CultureInfo.InvariantCulture)}B" : $"{(p / 1e9).ToString("0.##", CultureInfo.InvariantCulture)}B";

    private sealed record CatalogEntry(
        string Name, string Key, string HfRepo, int Layers, int LinearAttentionLayers, int FullAttentionLayers, IReadOnlyList<int> FullAttentionLayerIndices,
        int FullAttentionInterval, int Hidden, int Heads, int KvHeads, int HeadDim, int LinearKeyHeads, int LinearValueHeads, int LinearKeyHeadDim,
        int LinearValueHeadDim, int ConvKernel, int? Ffn, MoeShape? Moe, int Vocab, bool TiedEmbeddings, long Parameters, long ActiveParameters,
        long PublishedParameters, long KvBytesPerTokenFp32, long StateBytesFp32)
    {
        public static CatalogEntry Of(Qwen35Model m) => new(
            m.Name, m.Key, m.HfRepo, m.Layers, m.LinearAttentionLayers, m.FullAttentionLayers, m.FullAttentionLayerIndices, m.FullAttentionInterval,
            m.Hidden, m.Heads, m.KvHeads, m.HeadDim, m.LinearKeyHeads, m.LinearValueHeads, m.LinearKeyHeadDim, m.LinearValueHeadDim, m.ConvKernel,
            m.Ffn, m.Moe, m.Vocab, m.TiedEmbeddings, m.Parameters, m.ActiveParameters, m.PublishedParameters, m.KvElementsPerToken * 4, m.StateElements * 4);
    }

    private sealed record FitJson(long MemoryBytes, long GpuShareBytes, double GpuShare, int ContextTokens, IReadOnlyList<FitJsonRow> Rows)
    {
        public static FitJson Of(FitTable t) => new(t.MemoryBytes, t.GpuShareBytes, t.GpuShare, t.ContextTokens,
            t.Rows.Select(r => new FitJsonRow(r.Model.Name, r.Format.Name(), r.Model.Parameters, r.Estimate.TotalBytes, r.Estimate.WeightBytes,
                r.Estimate.WeightFileBytes, r.Estimate.KvCacheBytes, r.Estimate.StateBytes, r.Estimate.ActivationBytes, r.Estimate.RuntimeBytes,
                r.Fit switch { FitKind.Yes => "yes", FitKind.OverGpuShare => "over_gpu_share", _ => "no" }, r.Highlighted)).ToList());
    }

    private sealed record FitJsonRow(string Model, string Format, long Parameters, long PredictedBytes, long WeightBytes, long WeightFileBytes,
        long KvCacheBytes, long StateBytes, long ActivationBytes, long RuntimeBytes, string Fits, bool Highlighted);
}
