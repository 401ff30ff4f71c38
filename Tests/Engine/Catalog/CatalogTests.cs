using NUnit.Framework;
using QwenEval.Engine.Catalog;

namespace QwenEval.Tests.Engine.Catalog;

/// <summary>The Qwen3.5 catalog against figures published independently of the configs it was built from.</summary>
public class CatalogTests
{
    [Test]
    public void HasTheEightModelsOfTheLineup()
    {
        Assert.That(Qwen35Catalog.All.Select(m => m.Name), Is.EqualTo(new[]
        {
            "Qwen3.5-0.8B", "Qwen3.5-2B", "Qwen3.5-4B", "Qwen3.5-9B", "Qwen3.5-27B", "Qwen3.5-35B-A3B", "Qwen3.5-122B-A10B", "Qwen3.5-397B-A17B",
        }));
        Assert.That(Qwen35Catalog.Find("27b")?.Name, Is.EqualTo("Qwen3.5-27B"));
        Assert.That(Qwen35Catalog.Find("Qwen/Qwen3.5-35B-A3B")?.Key, Is.EqualTo("35b-a3b"));
        Assert.That(Qwen35Catalog.Find("qwen3.5-30b"), Is.Null);
    }

    /// <summary>Counting from the dimensions must land on the published counts (ggml-org/Llama-macOS pull request 63).</summary>
    [Test]
    public void ParametersCountedFromTheDimensionsMatchThePublishedCounts()
    {
        foreach (var m in Qwen35Catalog.All)
            Assert.That(m.Parameters, Is.EqualTo(m.PublishedParameters).Within(1).Percent, m.Name);
    }

    /// <summary>The "A3B", "A10B", "A17B" in the names are the active parameters per token.</summary>
    [TestCase("35b-a3b", 3.0, 3.6)]
    [TestCase("122b-a10b", 9.5, 10.5)]
    [TestCase("397b-a17b", 16.5, 17.5)]
    public void ActiveParametersMatchTheNames(string key, double low, double high)
    {
        var m = Qwen35Catalog.Find(key)!;
        Assert.That(m.ActiveParameters / 1e9, Is.InRange(low, high));
        Assert.That(Qwen35Catalog.Find("27b")!.ActiveParameters, Is.EqualTo(Qwen35Catalog.Find("27b")!.Parameters));
    }

    [Test]
    public void EveryFourthLayerIsFullAttention()
    {
        var m27 = Qwen35Catalog.Find("27b")!;
        Assert.That(m27.FullAttentionLayerIndices, Is.EqualTo(Enumerable.Range(0, 16).Select(i => 4 * i + 3)));
        Assert.That((m27.LinearAttentionLayers, m27.FullAttentionLayers), Is.EqualTo((48, 16)));
        var expected = new Dictionary<string, (int Linear, int Full)>
        {
            ["0.8b"] = (18, 6), ["2b"] = (18, 6), ["4b"] = (24, 8), ["9b"] = (24, 8), ["27b"] = (48, 16),
            ["35b-a3b"] = (30, 10), ["122b-a10b"] = (36, 12), ["397b-a17b"] = (45, 15),
        };
        foreach (var (key, layers) in expected)
        {
            var m = Qwen35Catalog.Find(key)!;
            Assert.That((m.LinearAttentionLayers, m.FullAttentionLayers), Is.EqualTo(layers), key);
        }
    }

    /// <summary>fp16 KV bytes per token: the ctxBytes column of Llama-macOS pull request 63 (12, 12, 32, 32, 64, 20, 24, 30 KiB).</summary>
    [Test]
    public void KvCachePerTokenMatchesThePublishedContextBytes()
    {
        var kib = Qwen35Catalog.All.Select(m => m.KvElementsPerToken * 2 / 1024).ToList();
        Assert.That(kib, Is.EqualTo(new long[] { 12, 12, 32, 32, 64, 20, 24, 30 }));
    }

    /// <summary>Gated DeltaNet recurrent state per sequence in fp32: layers × V heads × 128 × 128 × 4, constant in length.</summary>
    [Test]
    public void RecurrentStateIsConstantAndSizedByTheValueHeads()
    {
        var mib = Qwen35Catalog.All.Select(m => (double)m.LinearAttentionLayers * m.LinearValueHeads * m.LinearKeyHeadDim * m.LinearValueHeadDim * 4 / (1 << 20)).ToList();
        Assert.That(mib, Is.EqualTo(new double[] { 18, 18, 48, 48, 144, 60, 144, 180 }));
        var m27 = Qwen35Catalog.Find("27b")!;
        // conv_dim = 2 × 16 × 128 + 48 × 128; conv state [conv_dim, kernel − 1] per DeltaNet layer.
        Assert.That(m27.ConvDim, Is.EqualTo(10240));
        Assert.That(m27.StateElements, Is.EqualTo(48L * (10240 * 3 + 48 * 128 * 128)));
    }

    [Test]
    public void SharedFactsHoldForEveryModel()
    {
        foreach (var m in Qwen35Catalog.All)
        {
            Assert.That((m.Vocab, m.HeadDim, m.FullAttentionInterval, m.LinearKeyHeads, m.LinearKeyHeadDim, m.LinearValueHeadDim, m.ConvKernel),
                Is.EqualTo((248_320, 256, 4, 16, 128, 128, 4)), m.Name);
            Assert.That(m.Heads % m.KvHeads, Is.Zero, m.Name);
            Assert.That(m.LinearValueHeads % m.LinearKeyHeads, Is.Zero, m.Name);
            Assert.That(m.IsMoe, Is.EqualTo(m.Ffn is null), m.Name);
        }
        Assert.That(Qwen35Catalog.All.Where(m => m.TiedEmbeddings).Select(m => m.Key), Is.EqualTo(new[] { "0.8b", "2b", "4b" }));
    }
}
