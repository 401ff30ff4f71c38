using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Backends.Onnx;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Engine.Onnx;
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
    private static readonly ToolSpec Echo = new("echo", "Repeat a word.",
        new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["word"] = new JsonObject { ["type"] = "string" } } });

    private sealed record Turn(int Prompt, int Generated, int Cached, double TtftMs, string Text);

    private static List<Turn> Converse(IModelBackend backend, int turns)
    {
        var messages = new List<ChatMessage> { new("user", "Call echo with the word hi, then again.") };
        var result = new List<Turn>();
        for (var turn = 0; turn < turns; turn++)
        {
            var g = backend.Generate(new GenerationRequest(messages, 1, 16) { Tools = [Echo] }, CancellationToken.None);
            result.Add(new Turn(g.PromptTokens, g.GeneratedTokens, g.CachedPromptTokens, g.TimeToFirstTokenMs, g.Text));
            // A turn as an agent's would be: the assistant calls the tool, the tool answers.
            var call = new ToolCall("echo", new JsonObject { ["word"] = $"hi {turn}" }) { Id = $"c{turn}" };
            messages.Add(new ChatMessage("assistant", g.Text) { ToolCalls = [call] });
            messages.Add(new ChatMessage("tool", $"hi {turn}") { Name = "echo", ToolCallId = $"c{turn}" });
        }
        return result;
    }

    private static IModelBackend Backend(bool reuse)
    {
        var tiny = Path.Combine(TestPaths.Root, "models", "tiny-qwen35");
        return OnnxBackend.Create(OnnxModel.Load(tiny, new EngineOptions { IntraOpThreads = 1 }), FolderTokenizer.Load(tiny), ChatTemplateLoader.Load(tiny),
            TestSettings.Of(DecodingConfig.Greedy), reuse);
    }

    [Test]
    public void LaterTurnsRunOnlyWhatTheLastTurnDidNotHold()
    {
        using var reusing = Backend(reuse: true);
        using var fresh = Backend(reuse: false);
        var kept = Converse(reusing, 5);
        var alone = Converse(fresh, 5);
        long history = 0, total = 0, cached = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            var already = i == 0 ? 0 : Math.Min(kept[i].Prompt, kept[i - 1].Prompt + kept[i - 1].Generated);
            history += already;
            total += kept[i].Prompt;
            cached += kept[i].Cached;
            TestContext.Out.WriteLine($"turn {i + 1}: prompt {kept[i].Prompt} tokens ({already} held by the last turn, {kept[i].Cached} taken from the kept state), " +
                $"TTFT {kept[i].TtftMs:0.0} ms with the kept state, {alone[i].TtftMs:0.0} ms prefilling it all");
        }
        TestContext.Out.WriteLine($"prefilled again without a kept state: {history} of {total} prompt tokens ({100.0 * history / total:0}%); with it: {history - cached}");

        Assert.That(kept.Select(t => t.Text), Is.EqualTo(alone.Select(t => t.Text)), "the kept state changes no answer");
        Assert.That(kept.Select(t => t.Prompt), Is.Ordered.Ascending);
        Assert.That(history, Is.GreaterThan(total / 2), "most of each later turn's prompt was prefilled before");
        Assert.That(kept[0].Cached, Is.Zero);
        // Each later turn returns to where the last one's generation prompt began (the answer is rendered anew), so
        // only the rendered answer, the tool result and the generation prompt run again.
        for (var i = 1; i < kept.Count; i++)
            Assert.That(kept[i].Cached, Is.GreaterThan(0).And.LessThan(kept[i - 1].Prompt + kept[i - 1].Generated), $"turn {i + 1}");
        Assert.That(history - cached, Is.LessThan(history / 10), "nearly all of the history came from the kept state");
        Assert.That(alone.Select(t => t.Cached), Is.All.Zero);
    }
}
