using System.Text.Json.Nodes;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Engine.Generation;
using QwenEval.Engine.Templates;
using QwenEval.Engine.Tokenization;

namespace QwenEval.Engine.Onnx.Bench;

/// <summary>One turn of a tool conversation: its prompt, what the kept state held of it, and its time to first token.</summary>
public sealed record ConversationTurn(int PromptTokens, int GeneratedTokens, int CachedTokens, double TtftMs, string Text);

/// <summary>A tool conversation with and without the engine's kept state: prompt tokens run, summed TTFT, identical answers.</summary>
/// <param name="FirstDifferentTurn">null when every answer is the same both ways; else the first turn whose answer differs</param>
public sealed record TurnReuseResult(int Turns, int FirstPrompt, int LastPrompt, long TokensRunWithout, long TokensRunWith,
    double TtftWithoutMs, double TtftWithMs, int? FirstDifferentTurn)
{
    public bool Identical => FirstDifferentTurn is null;

    public double TtftRatio => TtftWithoutMs / TtftWithMs;

    public JsonObject ToJson() => new()
    {
        ["turns"] = Turns,
        ["first_prompt_tokens"] = FirstPrompt,
        ["last_prompt_tokens"] = LastPrompt,
        ["prompt_tokens_run_without_reuse"] = TokensRunWithout,
        ["prompt_tokens_run_with_reuse"] = TokensRunWith,
        ["ttft_ms_sum_without_reuse"] = Math.Round(TtftWithoutMs, 1),
        ["ttft_ms_sum_with_reuse"] = Math.Round(TtftWithMs, 1),
        ["ttft_ratio"] = Math.Round(TtftRatio, 3),
        ["identical"] = Identical,
        ["first_different_turn"] = FirstDifferentTurn,
    };
}

/// <summary>
/// What keeping the state saves an agentic episode: a scripted tool conversation (each turn the assistant calls a
/// tool that answers with a file's worth of text) through the chat pipeline, greedy, the same turns with and without
/// the engine's kept state (without first, after a warm-up turn).
/// </summary>
public static class TurnReuseBenchmark
{
    private static readonly ToolSpec ReadFile = new("read_file", "Read a file of the repository.", new JsonObject
    {
        ["type"] = "object",
        ["properties"] = new JsonObject { ["path"] = new JsonObject { ["type"] = "string" } },
        ["required"] = new JsonArray("path"),
    });

    /// <summary>
    /// Runs the conversation: each turn generates, then the assistant's call and the tool's answer are added, as an
    /// agent's episode adds them, until the turns are done or the prompt no longer fits the context.
    /// generate: one turn of one runtime (a backend, or a chat pipeline).
    /// </summary>
    public static List<ConversationTurn> Converse(Func<GenerationRequest, GenerationResult> generate, int turns, int newTokens, int resultLines = 12)
    {
        var messages = new List<ChatMessage> { new("user", "The tests in calc.py fail. Read the files one by one, then fix the bug.") };
        var result = new List<ConversationTurn>();
        for (var turn = 0; turn < turns; turn++)
        {
            var g = generate(new GenerationRequest(messages, 1, newTokens) { Tools = [ReadFile] });
            if (g.GeneratedTokens == 0 && g.Finish == FinishReason.Length) break; // the conversation outgrew the context
            result.Add(new ConversationTurn(g.PromptTokens, g.GeneratedTokens, g.CachedPromptTokens, g.TimeToFirstTokenMs, g.Text));
            var path = $"src/module_{turn}.py";
            messages.Add(new ChatMessage("assistant", g.Text) { ToolCalls = [new ToolCall("read_file", new JsonObject { ["path"] = path }) { Id = $"call_{turn}" }] });
            var file = string.Join("\n", Enumerable.Range(1, resultLines).Select(i => $"def helper_{turn}_{i}(x):\n    return x * {i} + {turn}"));
            messages.Add(new ChatMessage("tool", file) { Name = "read_file", ToolCallId = $"call_{turn}" });
        }
        return result;
    }

    /// <summary>The conversation through two pipelines on one loaded model, one keeping its state and one not.</summary>
    public static TurnReuseResult Run(OnnxModel model, ITextTokenizer tokenizer, IChatTemplate template, int turns, int newTokens)
    {
        var settings = new GenerationSettings(DecodingConfig.Greedy, newTokens, 3600, EnableThinking: false, ThinkingBudget: null);
        // Two runtimes over the one loaded model, which they do not own.
        using var with = new OnnxTokenRuntime(model, StateReuse.DrawsAndTurns, ownsModel: false);
        using var without = new OnnxTokenRuntime(model, StateReuse.None, ownsModel: false);
        var keeping = new ChatPipeline(with, tokenizer, template, settings);
        var fresh = new ChatPipeline(without, tokenizer, template, settings);
        Converse(r => fresh.Generate(r, CancellationToken.None), 1, 4); // warm-up: sessions and allocations
        var a = Converse(r => fresh.Generate(r, CancellationToken.None), turns, newTokens);
        var b = Converse(r => keeping.Generate(r, CancellationToken.None), turns, newTokens);
        return new TurnReuseResult(a.Count, a[0].PromptTokens, a[^1].PromptTokens,
            a.Sum(t => (long)t.PromptTokens), b.Sum(t => (long)(t.PromptTokens - t.CachedTokens)),
            a.Sum(t => t.TtftMs), b.Sum(t => t.TtftMs),
            a.Count == b.Count && a.Zip(b).All(p => p.First.Text == p.Second.Text) ? null : a.Zip(b).TakeWhile(p => p.First.Text == p.Second.Text).Count() + 1);
    }
}
