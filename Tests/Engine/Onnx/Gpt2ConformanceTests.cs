using NUnit.Framework;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Onnx.Search;

namespace QwenEval.Tests.Engine.Onnx;

/// <summary>The outputs ONNX Runtime GenAI's own tests publish for tiny-random-gpt2-fp32, matched exactly.</summary>
public sealed class Gpt2ConformanceTests
{
    private OnnxModel _model = null!;

    [OneTimeSetUp]
    public void Load() => _model = OnnxModel.Load(Fixtures.Model(Fixtures.Gpt2), new EngineOptions { IntraOpThreads = 1 });

    [OneTimeTearDown]
    public void Unload() => _model?.Dispose();

    [Test]
    public void GreedyBatchOfTwoMatchesGenai()
    {
        var output = new OnnxGenerator(_model).Generate(
            [[0, 0, 0, 52], [0, 0, 195, 731]],
            new SearchOptions { MaxLength = 10 });

        Assert.That(output.Sequences, Has.Count.EqualTo(2));
        Assert.That(output.Sequences[0], Is.EqualTo(new[] { 0, 0, 0, 52, 204, 204, 204, 204, 204, 204 }));
        Assert.That(output.Sequences[1], Is.EqualTo(new[] { 0, 0, 195, 731, 731, 114, 114, 114, 114, 114 }));
    }

    [Test]
    public void BeamSearchBatchOfThreeMatchesGenai()
    {
        var output = new OnnxGenerator(_model).Generate(
            [
                [0, 0, 0, 0, 0, 52, 195, 731, 321, 301, 734, 620],
                [41, 554, 74, 622, 206, 222, 75, 223, 221, 198, 224, 572],
                [0, 0, 0, 52, 328, 219, 328, 206, 288, 227, 896, 328],
            ],
            new SearchOptions { MaxLength = 20, NumBeams = 4, LengthPenalty = 1.0f });

        Assert.That(output.Sequences, Has.Count.EqualTo(3));
        Assert.That(output.Sequences[0], Is.EqualTo(new[] { 0, 0, 0, 0, 0, 52, 195, 731, 321, 301, 734, 620, 131, 131, 131, 181, 638, 638, 638, 638 }));
        Assert.That(output.Sequences[1], Is.EqualTo(new[] { 41, 554, 74, 622, 206, 222, 75, 223, 221, 198, 224, 572, 292, 292, 292, 292, 292, 292, 292, 292 }));
        Assert.That(output.Sequences[2], Is.EqualTo(new[] { 0, 0, 0, 52, 328, 219, 328, 206, 288, 227, 896, 328, 328, 669, 669, 669, 669, 669, 669, 669 }));
    }

    [Test]
    public void SinglePromptGreedyContinuesLikeTheBatch()
    {
        var output = new OnnxGenerator(_model).Generate([[0, 0, 0, 52]], new SearchOptions { MaxLength = 10 });
        Assert.That(output.Sequences[0], Is.EqualTo(new[] { 0, 0, 0, 52, 204, 204, 204, 204, 204, 204 }));
    }
}
