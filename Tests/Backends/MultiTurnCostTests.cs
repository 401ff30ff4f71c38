using NUnit.Framework;
using QwenEval.Backends.Onnx;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Onnx.Bench;
using QwenEval.Engine.Templates;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Backends;

/// <summary>
/// What a tool conversation costs the built-in engine: each turn's prompt holds the previous turn's prompt and
/// answer, so without a kept state the share of prefilled tokens already seen grows with the turns. With it (the
/// default) a later turn runs only what the last one did not hold, and answers the same. Figures are printed.
/// </summary>
public sealed class MultiTurnCostTests
{
    private static List<ConversationTurn> Converse(IModelBackend backend, int turns) =>
        TurnReuseBenchmark.Converse(r => backend.Generate(r, CancellationToken.None), turns, 16, resultLines: 4);

    private static IModelBackend Backend(StateReuse reuse)
    {
        var tiny = Path.Combine(TestPaths.Root, "models", "tiny-qwen35");
        return OnnxBackend.Create(OnnxModel.Load(tiny, new EngineOptions { IntraOpThreads = 1 }), FolderTokenizer.Load(tiny), ChatTemplateLoader.Load(tiny),
            TestSettings.Of(DecodingConfig.Greedy), reuse);
    }

    [Test]
    public void LaterTurnsRunOnlyWhatTheLastTurnDidNotHold()
    {
        using var reusing = Backend(StateReuse.DrawsAndTurns);
        using var fresh = Backend(StateReuse.None);
        var kept = Converse(reusing, 5);
        var alone = Converse(fresh, 5);
        long history = 0, total = 0, cached = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            var already = i == 0 ? 0 : Math.Min(kept[i].PromptTokens, kept[i - 1].PromptTokens + kept[i - 1].GeneratedTokens);
            history += already;
            total += kept[i].PromptTokens;
            cached += kept[i].CachedTokens;
            TestContext.Out.WriteLine($"turn {i + 1}: prompt {kept[i].PromptTokens} tokens ({already} held by the last turn, {kept[i].CachedTokens} taken from the kept state), " +
                $"TTFT {kept[i].TtftMs:0.0} ms with the kept state, {alone[i].TtftMs:0.0} ms prefilling it all");
        }
        TestContext.Out.WriteLine($"prefilled again without a kept state: {history} of {total} prompt tokens ({100.0 * history / total:0}%); with it: {history - cached}");

        Assert.That(kept.Select(t => t.Text), Is.EqualTo(alone.Select(t => t.Text)), "the kept state changes no answer");
        Assert.That(kept.Select(t => t.PromptTokens), Is.Ordered.Ascending);
        Assert.That(history, Is.GreaterThan(total / 2), "most of each later turn's prompt was prefilled before");
        Assert.That(kept[0].CachedTokens, Is.Zero);
        // Each later turn returns to where the last one's generation prompt began (the answer is rendered anew), so
        // only the rendered answer, the tool result and the generation prompt run again.
        for (var i = 1; i < kept.Count; i++)
            Assert.That(kept[i].CachedTokens, Is.GreaterThan(0).And.LessThan(kept[i - 1].PromptTokens + kept[i - 1].GeneratedTokens), $"turn {i + 1}");
        Assert.That(history - cached, Is.LessThan(history / 10), "nearly all of the history came from the kept state");
        Assert.That(alone.Select(t => t.CachedTokens), Is.All.Zero);
    }

    /// <summary>reuse_turns false: each turn is prefilled whole, as GenAI does; asking the same again still returns exactly.</summary>
    [Test]
    public void WithoutTurnReuseEachTurnIsPrefilledWholeAndARepeatReturnsExactly()
    {
        using var draws = Backend(StateReuse.Draws);
        using var fresh = Backend(StateReuse.None);
        var kept = Converse(draws, 3);
        Assert.That(kept.Select(t => t.CachedTokens), Is.All.Zero, "no turn continues from the last");
        Assert.That(kept.Select(t => t.Text), Is.EqualTo(Converse(fresh, 3).Select(t => t.Text)));
        var once = Converse(draws, 1).Single();
        var again = Converse(draws, 1).Single();
        Assert.That(again.CachedTokens, Is.EqualTo(again.PromptTokens), "the same prompt again returns to the state right after it");
        Assert.That(again.Text, Is.EqualTo(once.Text));
    }
}
