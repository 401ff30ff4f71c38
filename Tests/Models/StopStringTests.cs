using NUnit.Framework;
using QwenEval.Harness.Config;
using QwenEval.Harness.Models;
using QwenEval.Harness.Models.Onnx;
using QwenEval.Harness.Prompting;
using QwenEval.Harness.Prompting.Templates;
using QwenEval.Harness.Tokenization;
using QwenEval.Tasks;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Models;

/// <summary>Stop strings on the real engine: generation ends where the text first contains one, and the answer stops before it.</summary>
public sealed class StopStringTests
{
    private static readonly CodingTask Task = new("t", "t", "f", [], "easy", 1, "def f():\n    \"\"\"x\"\"\"\n", "", "", [], "");

    private static GenerationResult Generate(DecodingConfig decoding, int maxNew)
    {
        var folder = Path.Combine(RepoPaths.Root, "models", "tiny-qwen2");
        using var backend = new OnnxBackend(OnnxModel.Load(folder), TokenizerLoader.Load(folder), ChatTemplateLoader.Load(folder), decoding, false);
        return backend.Generate(new GenerationRequest(Task, [new ChatMessage("user", "Write f.")], 0, 1, maxNew), CancellationToken.None);
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
        var folder = Path.Combine(RepoPaths.Root, "models", "tiny-qwen2");
        var s = new StopStrings(["END", "\n\n"], TokenizerLoader.Load(folder));
        Assert.That(s.Cut("abc\n\ndef END"), Is.EqualTo("abc"));
        Assert.That(s.Cut("no stop here"), Is.EqualTo("no stop here"));
    }
}
