using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Engine.Footprint;
using QwenEval.Synthetic;
using QwenEval.Tests.Support;
using QwenEval.Harness.Cli;

namespace QwenEval.Tests.Engine.Footprint;
public class FootprintPredictorTests
{
    private static string TinyQwen35 => Path.Combine(TestPaths.Root, "models", "tiny-qwen35");

    [Test]
    public void KvCacheGrowsWithPromptPlusNewTokensAndStatesDoNot()
    {
        var a = FootprintPredictor.ForFolder(TinyQwen35, 100, 100);
        var b = FootprintPredictor.ForFolder(TinyQwen35, 100, 300);
        Assert.That(a.Tokens, Is.EqualTo(200));
        Assert.That(b.KvCacheBytes, Is.EqualTo(a.KvCacheBytes * 2));
        Assert.That(b.StateBytes, Is.EqualTo(a.StateBytes));
        Assert.That(a.WeightBytes, Is.EqualTo(b.WeightBytes));
        // One full-attention layer (of four), 2 KV heads × head 32, fp32, keys and values, one shared buffer.
        Assert.That(a.KvCacheBytes, Is.EqualTo(200L * 2 * 2 * 32 * 4));
        // Three DeltaNet layers: conv state [conv_dim, 3] and recurrent state [2, 16, 16], fp32.
        var spec = DefaultSpecs.For(SyntheticArch.Qwen35);
        Assert.That(a.StateBytes, Is.EqualTo(3L * (spec.LinearConvDim * 3 + spec.LinearNumValueHeads * 16 * 16) * 4));
        // The context length caps the caches, as the engine caps generation.
        Assert.That(FootprintPredictor.ForFolder(TinyQwen35, 1000, 5000).Tokens, Is.EqualTo(2048));
    }

    /// <summary>Without past_present_share_buffer the engine keeps past and present: two buffers.</summary>
    [Test]
    public void GrowingCachesCountTwice()
    {
        using var dir = new TempDir();
        foreach (var f in Directory.GetFiles(TinyQwen35)) File.Copy(f, Path.Combine(dir.Path, Path.GetFileName(f)));
        var configPath = Path.Combine(dir.Path, "genai_config.json");
        var config = JsonNode.Parse(File.ReadAllText(configPath))!;
        config["search"]!["past_present_share_buffer"] = false;
        File.WriteAllText(configPath, config.ToJsonString());
        var shared = FootprintPredictor.ForFolder(TinyQwen35, 64, 64);
        var growing = FootprintPredictor.ForFolder(dir.Path, 64, 64);
        Assert.That(growing.KvCacheBytes, Is.EqualTo(2 * shared.KvCacheBytes));
    }

    /// <summary>
    /// MLAS's CompInt8 packing on x64: 4-bit blocks, a float scale and a float block sum per block (rows padded to 16).
    /// 1024 × 4096 at block 32: 2 MiB of data, 512 KiB scales, 512 KiB sums.
    /// </summary>
    [Test]
    public void PackedNbitsSizeFollowsMlas()
    {
        Assert.That(WeightResidency.PackedNBitsBytes(1024, 4096, 4, 32, 4, CpuFamily.X64), Is.EqualTo((2L << 20) + (512L << 10) + (512L << 10)));
        Assert.That(WeightResidency.PackedNBitsBytes(1024, 4096, 4, 32, 0, CpuFamily.X64), Is.EqualTo(2L << 20));
        Assert.That(WeightResidency.PackedNBitsBytes(10, 64, 8, 32, 4, CpuFamily.X64), Is.EqualTo(10 * 64 + 10 * 2 * 4 + 16 * 2 * 4));
        // KleidiAI on arm64: per row 128 blocks × (16 bytes + bf16 scale) + a float sum and bias; 1024 rows.
        Assert.That(WeightResidency.PackedNBitsBytes(1024, 4096, 4, 32, 4, CpuFamily.Arm64), Is.EqualTo(1024L * (128 * 18 + 8)));
        Assert.That(WeightResidency.PackedNBitsBytes(10, 64, 8, 32, 4, CpuFamily.Arm64), Is.EqualTo(10 * 64 + 10 * 2 * 4 + 2 * 16 * 2 * 4));
    }

    /// <summary>Past 1 GiB of prompt logits the engine prefills in chunks, so activations stop growing with the vocabulary × prompt.</summary>
    [Test]
    public void PrefillLogitsAreCappedByChunking()
    {
        var activations = new ActivationModel(248_320, 4, 5120, 17408, 24, 4);
        Assert.That(activations.ChunkFor(512, null), Is.EqualTo(512));
        Assert.That(activations.ChunkFor(100_000, null), Is.EqualTo((int)((1L << 30) / (248_320 * 4))));
        Assert.That(activations.ChunkFor(512, 128), Is.EqualTo(128));
    }
}
