using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Backends.Onnx;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Backends;

/// <summary>
/// What a tool conversation costs the built-in engine, which prefills the whole conversation again every turn (it
/// keeps no KV cache between generations): each turn's prompt holds the previous turn's prompt and answer, so the
/// share of prefilled tokens already seen grows with the turns. Measured on the tiny model and printed.
/// </summary>
public sealed class MultiTurnCostTests
{
    [Test]
    public void EveryTurnPrefillsTheConversationSoFarAgain()
    {
        var tiny = Path.Combine(TestPaths.Root, "models", "tiny-qwen35");
        using var backend = new OnnxKind().Create(new ModelSpec("m", "onnx", new OnnxSettings(tiny, 1), TestSettings.Of(DecodingConfig.Greedy)));
        var tool = new ToolSpec("echo", "Repeat a word.", new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["word"] = new JsonObject { ["type"] = "string" } } });
        var messages = new List<ChatMessage> { new("user", "Call echo with the word hi, then again.") };
        var turns = new List<(int Prompt, int Generated, double TtftMs)>();
        for (var turn = 0; turn < 5; turn++)
        {
            var g = backend.Generate(new GenerationRequest(messages, 1, 16) { Tools = [tool] }, CancellationToken.None);
            turns.Add((g.PromptTokens, g.GeneratedTokens, g.TimeToFirstTokenMs));
            // A turn as an agent's would be: the assistant calls the tool, the tool answers.
            var call = new ToolCall("echo", new JsonObject { ["word"] = $"hi {turn}" }) { Id = $"c{turn}" };
            messages.Add(new ChatMessage("assistant", g.Text) { ToolCalls = [call] });
            messages.Add(new ChatMessage("tool", $"hi {turn}") { Name = "echo", ToolCallId = $"c{turn}" });
        }
        long seen = 0, total = 0;
        for (var i = 0; i < turns.Count; i++)
        {
            var already = i == 0 ? 0 : Math.Min(turns[i].Prompt, turns[i - 1].Prompt + turns[i - 1].Generated);
            seen += already;
            total += turns[i].Prompt;
            TestContext.Out.WriteLine($"turn {i + 1}: prompt {turns[i].Prompt} tokens ({already} already prefilled last turn), TTFT {turns[i].TtftMs:0.0} ms");
        }
        TestContext.Out.WriteLine($"re-prefilled: {seen} of {total} prompt tokens ({100.0 * seen / total:0}%)");
        Assert.That(turns.Select(t => t.Prompt), Is.Ordered.Ascending);
        Assert.That(seen, Is.GreaterThan(total / 2), "most of each later turn's prompt was prefilled before");
    }
}
