using NUnit.Framework;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Onnx.Search;
using QwenEval.Synthetic;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Synthetic;

/// <summary>
/// The engine (OnnxGenerator: caches, DeltaNet states, embedding stage, int4, external data) generating greedily
/// on generated folders picks, at every step, the token the independent C# reference forward pass ranks first
/// when it recomputes the whole sequence from scratch.
/// </summary>
public sealed class EngineMatchesReferenceTests
{
    private static IEnumerable<TestCaseData> Variants()
    {
        yield return new TestCaseData(new TinyModelSpec { Arch = SyntheticArch.Qwen35, NumLayers = 4, Seed = 11 }).SetName("qwen3_5 dense");
        yield return new TestCaseData(new TinyModelSpec { Arch = SyntheticArch.Qwen35Moe, NumLayers = 4, Seed = 12 }).SetName("qwen3_5 MoE");
        yield return new TestCaseData(new TinyModelSpec { Arch = SyntheticArch.Qwen35, NumLayers = 4, SeparateEmbedding = true, Seed = 13 }).SetName("qwen3_5 with embedding model");
        yield return new TestCaseData(new TinyModelSpec { Arch = SyntheticArch.Qwen35, NumLayers = 4, Int4 = true, Int4AccuracyLevel = 0, Seed = 14 }).SetName("qwen3_5 int4");
        yield return new TestCaseData(new TinyModelSpec { Arch = SyntheticArch.Qwen35Moe, NumLayers = 4, Int4 = true, Int4AccuracyLevel = 0, Seed = 15 }).SetName("qwen3_5 MoE int4");
        yield return new TestCaseData(new TinyModelSpec { Arch = SyntheticArch.Qwen2, Int4 = true, Int4AccuracyLevel = 0, ExternalDataThresholdBytes = 1024, Seed = 16 }).SetName("qwen2 int4 external data");
    }

    [TestCaseSource(nameof(Variants))]
    public void GreedyStepsAreTheReferencesTopToken(TinyModelSpec spec)
    {
        using var dir = new TempDir();
        var generated = TinyModelGenerator.Generate(spec, dir.Path);
        using var model = OnnxModel.Load(dir.Path);
        int[] prompt = [5, 17, 42, 99, 3, 250, 7, 31];
        var output = new OnnxGenerator(model).Generate([prompt], new SearchOptions { MaxLength = 512, MaxNewTokens = 12 });
        var sequence = output.Sequences[0];
        Assert.That(sequence.Length, Is.EqualTo(prompt.Length + 12));

        var logits = new ReferenceForward(generated).Logits(sequence);
        for (var p = prompt.Length - 1; p < sequence.Length - 1; p++)
        {
            var row = logits[p];
            var best = row.Max();
            // Ties within float noise may rank either way; anything else must be the reference's top token.
            Assert.That(row[sequence[p + 1]], Is.EqualTo(best).Within(1e-3 * Math.Max(1, Math.Abs(best))),
                $"step {p + 1 - prompt.Length}: engine chose {sequence[p + 1]}, reference prefers {Array.IndexOf(row, best)}");
        }
    }
}
