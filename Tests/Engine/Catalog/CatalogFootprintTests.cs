using NUnit.Framework;
using QwenEval.Engine.Footprint;
using QwenEval.Engine.Catalog;
using QwenEval.Synthetic;
using QwenEval.Tests.Support;
using QwenEval.Harness.Cli;

namespace QwenEval.Tests.Engine.Catalog;

/// <summary>Catalog predictions: the folder predictor's rules applied to a catalog entry at a weight format.</summary>
public class CatalogFootprintTests
{
    /// <summary>
    /// The catalog's rules and the folder's agree: a synthetic int4 Qwen3.5 folder (the builder's layout at block 32,
    /// accuracy level 4, fp32 activations) and a catalog entry with the same dimensions predict the same weights.
    /// </summary>
    [TestCase(SyntheticArch.Qwen35)]
    [TestCase(SyntheticArch.Qwen35Moe)]
    public void CatalogRulesMatchAnExportedFolder(SyntheticArch arch)
    {
        using var dir = new TempDir();
        var spec = DefaultSpecs.For(arch) with
        {
            Int4 = true, HiddenSize = 256, NumLayers = 8, NumHeads = 4, NumKvHeads = 2, HeadSize = 64, IntermediateSize = 768,
            LinearNumKeyHeads = 2, LinearNumValueHeads = 4, LinearKeyHeadDim = 64, LinearValueHeadDim = 64,
            NumExperts = 8, NumExpertsPerToken = 2, MoeIntermediateSize = 128, SharedExpertIntermediateSize = 128,
        };
        var generated = TinyModelGenerator.Generate(spec, dir.Path);
        var folder = FootprintPredictor.ForFolder(dir.Path, 32, 32);
        var entry = new Qwen35Model("synthetic", "synthetic", spec.NumLayers, spec.HiddenSize, spec.NumHeads, spec.NumKvHeads, spec.HeadSize,
            spec.FullAttentionInterval, spec.LinearNumKeyHeads, spec.LinearNumValueHeads, spec.LinearKeyHeadDim, spec.LinearValueHeadDim, spec.LinearConvKernel,
            arch == SyntheticArch.Qwen35 ? spec.IntermediateSize : null,
            arch == SyntheticArch.Qwen35Moe ? new MoeShape(spec.NumExperts, spec.NumExpertsPerToken, spec.MoeIntermediateSize, spec.SharedExpertIntermediateSize) : null,
            generated.Tokenizer.VocabSize, TiedEmbeddings: false, 0, spec.ContextLength, spec.PartialRotaryFactor);
        var (resident, stored) = CatalogFootprint.WeightBytes(entry, WeightFormat.Int4, WeightResidency.Host);
        // The synthetic MoE passes zero expert biases, which Qwen3.5 does not have: leave them out of the comparison.
        var biases = OnnxMetadataReader.Read(Path.Combine(dir.Path, "model.onnx")).Initializers
            .Where(i => i.Name.Contains(".experts.", StringComparison.Ordinal) && i.Name.EndsWith(".bias", StringComparison.Ordinal)).Sum(i => i.Bytes);

        Assert.That(stored, Is.EqualTo(folder.WeightFileBytes - biases).Within(2).Percent, "stored weights");
        Assert.That(resident, Is.EqualTo(folder.WeightBytes - biases).Within(2).Percent, "resident weights");
        var catalog = CatalogFootprint.Predict(entry, WeightFormat.Int4, 64, WeightResidency.Host);
        Assert.That(catalog.KvCacheBytes, Is.EqualTo(folder.KvCacheBytes));
        Assert.That(catalog.StateBytes, Is.EqualTo(folder.StateBytes));
    }

    [Test]
    public void CatalogPredictionsOrderFormatsAndScaleWithContext()
    {
        var m = Qwen35Catalog.Find("27b")!;
        var int4 = CatalogFootprint.Predict(m, WeightFormat.Int4, 8192, CpuFamily.X64);
        var int8 = CatalogFootprint.Predict(m, WeightFormat.Int8, 8192, CpuFamily.X64);
        var fp16 = CatalogFootprint.Predict(m, WeightFormat.Fp16, 8192, CpuFamily.X64);
        Assert.That(int4.WeightBytes, Is.LessThan(int8.WeightBytes));
        Assert.That(int8.WeightBytes, Is.LessThan(fp16.WeightBytes));
        // int4 on disk: 4 bits + an fp32 scale per 32 weights for the MatMuls, fp32 embedding (the builder quantizes MatMul only).
        var embedding = 248_320L * 5120 * 4;
        Assert.That(int4.WeightFileBytes, Is.EqualTo(embedding + (m.Parameters - 248_320L * 5120) * 0.625).Within(1).Percent);
        // In memory MLAS adds a packed scale and block sum per block and the original scales stay: 0.875 bytes per weight.
        Assert.That(int4.WeightBytes, Is.EqualTo(embedding + (m.Parameters - 248_320L * 5120) * 0.875).Within(1).Percent);
        // fp32 activations for int4/int8 on CPU: 64 KiB × 2 per token; fp16 exports half that.
        Assert.That(int4.KvCacheBytes, Is.EqualTo(8192L * 128 * 1024));
        Assert.That(fp16.KvCacheBytes, Is.EqualTo(int4.KvCacheBytes / 2));
        var longer = CatalogFootprint.Predict(m, WeightFormat.Int4, 32768, CpuFamily.X64);
        Assert.That(longer.KvCacheBytes, Is.EqualTo(4 * int4.KvCacheBytes));
        Assert.That(longer.StateBytes, Is.EqualTo(int4.StateBytes));

        // Apple silicon: KleidiAI packs each 32-weight block with a bf16 scale (0.5625 bytes per weight), beside the
        // original fp32 scales: 0.6875 bytes per int4 weight in memory.
        var arm = CatalogFootprint.Predict(m, WeightFormat.Int4, 8192, CpuFamily.Arm64);
        Assert.That(arm.WeightBytes, Is.EqualTo(embedding + (m.Parameters - 248_320L * 5120) * 0.6875).Within(1).Percent);
        Assert.That(arm.WeightFileBytes, Is.EqualTo(int4.WeightFileBytes));
        Assert.That(arm.KvCacheBytes, Is.EqualTo(int4.KvCacheBytes));
    }
}
