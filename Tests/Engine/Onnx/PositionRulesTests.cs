using NUnit.Framework;
using QwenEval.Engine.Onnx.State;

namespace QwenEval.Tests.Engine.Onnx;

/// <summary>Prompt masks and positions as GenAI's DefaultPositionInputs and Qwen2VLPositionInputs compute them.</summary>
public sealed class PositionRulesTests
{
    private const int Pad = 98;

    [Test]
    public void DefaultSingleRowIgnoresPadIds()
    {
        var (mask, pos, last) = PositionInputs.PromptRow(PositionRules.Default, singleRow: true, [Pad, 5, Pad], Pad);
        Assert.That(mask, Is.EqualTo(new[] { 1, 1, 1 }));
        Assert.That(pos, Is.EqualTo(new long[] { 0, 1, 2 }));
        Assert.That(last, Is.EqualTo(2));
    }

    [Test]
    public void DefaultBatchMasksOnlyTrailingPads()
    {
        var (mask, pos, last) = PositionInputs.PromptRow(PositionRules.Default, singleRow: false, [Pad, 5, 6, Pad, Pad], Pad);
        Assert.That(mask, Is.EqualTo(new[] { 1, 1, 1, 0, 0 }));
        Assert.That(pos, Is.EqualTo(new long[] { 0, 1, 2, 0, 0 }));
        Assert.That(last, Is.EqualTo(2), "the next token continues after the last real one");
    }

    [Test]
    public void QwenVlMasksEveryPadAndCountsRealTokens()
    {
        var (mask, pos, last) = PositionInputs.PromptRow(PositionRules.QwenVl, singleRow: false, [Pad, 5, Pad, 6, 7], Pad);
        Assert.That(mask, Is.EqualTo(new[] { 0, 1, 0, 1, 1 }));
        Assert.That(pos, Is.EqualTo(new long[] { 0, 0, 0, 1, 2 }));
        // Decode continues at past_length + rope_delta = 5 + (2 + 1 - 5) = 3 = last + 1.
        Assert.That(last, Is.EqualTo(2));
    }
}
