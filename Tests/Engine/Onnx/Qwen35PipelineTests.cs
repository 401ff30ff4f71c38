using NUnit.Framework;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Onnx.Search;

namespace QwenEval.Tests.Engine.Onnx;

/// <summary>
/// The qwen3_5 folder layout run text-only: embedding model → inputs_embeds, 3D mRoPE positions, Gated DeltaNet
/// conv/recurrent states bound in place beside the full-attention KV cache, two end-of-sequence ids.
/// </summary>
public sealed class Qwen35PipelineTests
{
    private OnnxModel _model = null!;

    [OneTimeSetUp]
    public void Load() => _model = OnnxModel.Load(Fixtures.Model(Fixtures.Qwen35), new EngineOptions { IntraOpThreads = 1 });

    [OneTimeTearDown]
    public void Unload() => _model?.Dispose();

    [Test]
    public void GreedyGeneratesToMaxLength()
    {
        var output = new OnnxGenerator(_model).Generate([[1, 2, 3, 4]], new SearchOptions { MaxLength = 12 });
        Assert.That(output.Sequences[0], Has.Length.EqualTo(12));
    }

    // The dummy decoder passes past to present unchanged (Identity), so like GenAI it only runs with the shared
    // buffer (the config's setting); growing that buffer mid-generation must not change the draws.
    [Test]
    public void SharedBufferGrowthKeepsTheDraws()
    {
        var search = new SearchOptions { MaxLength = 20, DoSample = true, TopK = 0, TopP = 1f, Seed = 5 };
        var sized = new OnnxGenerator(_model).Generate([[1, 2, 3, 4], [9, 8, 7, 6]], search);
        var grown = new OnnxGenerator(_model) { InitialCacheCapacity = 6 }.Generate([[1, 2, 3, 4], [9, 8, 7, 6]], search);
        Assert.That(grown.Sequences, Is.EqualTo(sized.Sequences));
    }

    [Test]
    public void BatchRowsMatchSingleRuns()
    {
        var search = new SearchOptions { MaxLength = 16, DoSample = true, TopK = 0, TopP = 1f, Seed = 5 };
        var generator = new OnnxGenerator(_model);
        var single = generator.Generate([[1, 2, 3, 4]], search).Sequences[0];
        var again = generator.Generate([[1, 2, 3, 4]], search).Sequences[0];
        Assert.That(again, Is.EqualTo(single));
        Assert.That(single.Skip(4).Distinct().Count(), Is.GreaterThan(1), "sampling draws varied tokens");
    }
}
