using NUnit.Framework;
using QwenEval.Backends.Onnx;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Templates;
using QwenEval.Engine.Tokenization;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Backends.Onnx;

/// <summary>timeouts.generation_seconds bounds the built-in engine's generation too, and says so in the finish reason.</summary>
public sealed class TimeLimitTests
{
    private static GenerationResult Generate(double seconds)
    {
        var folder = Path.Combine(TestPaths.Root, "models", "tiny-qwen2");
        using var backend = OnnxBackend.Create(OnnxModel.Load(folder), TokenizerLoader.Load(folder), ChatTemplateLoader.Load(folder),
            TestSettings.Of(DecodingConfig.Greedy, seconds: seconds));
        return backend.Generate(new GenerationRequest([new ChatMessage("user", "Write f.")], 1, 200), CancellationToken.None);
    }

    [Test]
    public void AnAnswerPastGenerationSecondsStopsWithFinishReasonTimeLimit()
    {
        var result = Generate(0);
        Assert.That(result.Finish, Is.EqualTo(FinishReason.TimeLimit));
        Assert.That(result.GeneratedTokens, Is.EqualTo(1), "the deadline is checked at every token");
        Assert.That(result.Finish.ToWire(), Is.EqualTo("time_limit"));
    }

    [Test]
    public void WithinTheLimitNothingChanges()
    {
        var result = Generate(600);
        Assert.That(result.Finish, Is.Not.EqualTo(FinishReason.TimeLimit));
        Assert.That(result.GeneratedTokens, Is.GreaterThan(1));
    }
}
