using Microsoft.ML.OnnxRuntime;
using NUnit.Framework;
using QwenEval.Synthetic;

namespace QwenEval.Tests.Synthetic;
public class SyntheticModelTests
{
    private string _root = "";

    [SetUp]
    public void SetUp() => _root = Directory.CreateTempSubdirectory("qweneval-synth-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    internal static TinyModelSpec Small(SyntheticArch arch, bool int4 = false, bool separateEmbedding = false) => new()
    {
        Arch = arch,
        Int4 = int4,
        Int4AccuracyLevel = 0,
        SeparateEmbedding = separateEmbedding,
        HiddenSize = 64,
        NumLayers = arch == SyntheticArch.Qwen2 ? 2 : 4,
        NumHeads = 4,
        NumKvHeads = 2,
        HeadSize = arch == SyntheticArch.Qwen2 ? 16 : 32,
        IntermediateSize = 96,
        ContextLength = 64,
        Seed = 7,
    };

    private static readonly int[] Prompt = [5, 17, 200, 31, 42, 3, 99, 120, 7, 64, 250, 11];

    [TestCase(SyntheticArch.Qwen2, false, false)]
    [TestCase(SyntheticArch.Qwen2, true, false)]
    [TestCase(SyntheticArch.Qwen35, false, false)]
    [TestCase(SyntheticArch.Qwen35, true, false)]
    [TestCase(SyntheticArch.Qwen35, false, true)]
    [TestCase(SyntheticArch.Qwen35Moe, false, false)]
    [TestCase(SyntheticArch.Qwen35Moe, true, false)]
    public void StepByStepDecodeMatchesFullRecompute(SyntheticArch arch, bool int4, bool separateEmbedding)
    {
        var spec = Small(arch, int4, separateEmbedding);
        var model = TinyModelGenerator.Generate(spec, _root);
        var expected = new ReferenceForward(model).Logits(Prompt);
        foreach (var shareBuffer in new[] { false, true })
        {
            using var decoder = new OrtStepDecoder(_root, spec, shareBuffer);
            // A prompt chunk, then one token at a time; and all one at a time from the start.
            AssertClose(expected, decoder.Run(Prompt, [4, 1, 1, 3, 1, 1, 1]), $"chunks, share={shareBuffer}");
            AssertClose(expected, decoder.Run(Prompt, Enumerable.Repeat(1, Prompt.Length).ToArray()), $"single tokens, share={shareBuffer}");
        }
    }

    [Test]
    public void GatedDeltaNetWithMoreValueHeadsThanKeyHeadsMatchesReference()
    {
        // Qwen3.5 4B and larger use 16 key heads and 32 value heads; LinearAttention then runs "inverse GQA".
        var spec = Small(SyntheticArch.Qwen35) with { LinearNumKeyHeads = 2, LinearNumValueHeads = 4 };
        var model = TinyModelGenerator.Generate(spec, _root);
        var expected = new ReferenceForward(model).Logits(Prompt);
        using var decoder = new OrtStepDecoder(_root, spec, shareBuffer: false);
        AssertClose(expected, decoder.Run(Prompt, [5, 1, 1, 1, 4]), "chunks");
    }

    [Test]
    public void Int4WithInt8ActivationsStaysCloseToTheReference()
    {
        // accuracy_level 4 quantizes activations to int8 inside MatMulNBits, so only closeness is expected.
        var spec = Small(SyntheticArch.Qwen2, int4: true) with { Int4AccuracyLevel = 4 };
        var model = TinyModelGenerator.Generate(spec, _root);
        var expected = new ReferenceForward(model).Logits(Prompt);
        using var decoder = new OrtStepDecoder(_root, spec, shareBuffer: true);
        AssertClose(expected, decoder.Run(Prompt, [6, 1, 1, 1, 1, 1, 1]), "accuracy_level 4", relative: 0.05f);
    }

    private static void AssertClose(float[][] expected, List<float[]> actual, string what, float relative = 1e-3f)
    {
        Assert.That(actual, Has.Count.EqualTo(expected.Length), what);
        for (int t = 0; t < expected.Length; t++)
        {
            float scale = expected[t].Max(MathF.Abs);
            for (int v = 0; v < expected[t].Length; v++)
            {
                if (MathF.Abs(expected[t][v] - actual[t][v]) > relative * scale + 1e-4f)
                    Assert.Fail($"{what}: position {t}, token {v}: reference {expected[t][v]}, onnx {actual[t][v]} (max |logit| {scale})");
            }
        }
    }
}
