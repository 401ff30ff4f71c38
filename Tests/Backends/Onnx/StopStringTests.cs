using NUnit.Framework;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Engine.Onnx;
using QwenEval.Prompting;
using QwenEval.Engine.Templates;
using QwenEval.Engine.Tokenization;
using QwenEval.Tasks;
using QwenEval.Tests.Support;
using QwenEval.Backends.Onnx;
using QwenEval.Engine.Generation;

namespace QwenEval.Tests.Backends.Onnx;

/// <summary>Stop strings on the real engine: generation ends where the text first contains one, and the answer stops before it.</summary>
public sealed class StopStringTests
{
    private static readonly CodingTask Task = new("t", "t", "f", [], "easy", 1, "def f():\n    \"\"\"x\"\"\"\n", "", "", [], "");

    private static GenerationResult Generate(DecodingConfig decoding, int maxNew)
    {
        var folder = Path.Combine(TestPaths.Root, "models", "tiny-qwen2");
        using var backend = OnnxBackend.Create(OnnxModel.Load(folder), TokenizerLoader.Load(folder), ChatTemplateLoader.Load(folder), TestSettings.Of(decoding));
        return backend.Generate(new GenerationRequest([new ChatMessage("user", "Write f.")], 1, maxNew), CancellationToken.None);
    }

    [Test]
    public void GenerationEndsAtTheStopStringAndTheAnswerIsCutBeforeIt()
    {
        var full = Generate(DecodingConfig.Greedy, 60);
        Assert.That(full.Text.Length, Is.GreaterThan(30));
        var stop = full.Text.Substring(20, 4);
        var expected = full.Text[..full.Text.IndexOf(stop, StringComparison.Ordinal)];
        var stopped = Generate(DecodingConfig.Greedy with { Stop = [stop] }, 60);
        Assert.That(stopped.Text, Is.EqualTo(expected));
        Assert.That(stopped.Finish, Is.EqualTo(FinishReason.Stop));
        Assert.That(stopped.GeneratedTokens, Is.LessThan(full.GeneratedTokens));
    }

    [Test]
    public void CutTakesTheEarliestOfSeveralStops()
    {
        var folder = Path.Combine(TestPaths.Root, "models", "tiny-qwen2");
        var s = new StopStrings(["END", "\n\n"], TokenizerLoader.Load(folder));
        Assert.That(s.Cut("abc\n\ndef END"), Is.EqualTo("abc"));
        Assert.That(s.Cut("no stop here"), Is.EqualTo("no stop here"));
    }
}
