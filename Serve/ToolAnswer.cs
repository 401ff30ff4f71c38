using System.Text.Json.Nodes;
using QwenEval.Backends.OpenAi;
using QwenEval.Core.Generation;

namespace QwenEval.Serve;

/// <summary>
/// An answer to a request with tools, read by the same parser the harness uses for the folder's chat template
/// (Hermes JSON for Qwen2.5/Qwen3, XML for Qwen3-Coder/Qwen3.5): its well-formed calls become `tool_calls` with
/// finish reason "tool_calls", the prose around them `content`, the reasoning `reasoning_content`. A call the parser
/// could not read stays in `content` as written (as vLLM's parsers leave it), so nothing the model wrote is lost; an
/// answer without a well-formed call is served as plain text.
/// </summary>
public static class ToolAnswer
{
    public const string FinishReason = "tool_calls";

    /// <summary>The turn's calls when it has any well-formed one; null otherwise.</summary>
    public static ToolTurn? WithCalls(GenerationResult result) => result.ToolTurn is { Calls.Count: > 0 } turn ? turn : null;

    public static string? Content(ToolTurn turn)
    {
        var text = string.Join("\n", new[] { turn.Prose }.Concat(turn.Malformed.Select(m => m.RawText)).Where(s => s.Length > 0));
        return text.Length == 0 ? null : text;
    }

    public static string? Reasoning(ToolTurn turn) => turn.Reasoning.Length == 0 ? null : turn.Reasoning;

    /// <summary>The calls in the wire form; streamed deltas also carry each call's index.</summary>
    public static JsonArray Calls(ToolTurn turn, string completionId, bool streamed) =>
        new(turn.Calls.Select((c, i) =>
        {
            var call = OpenAiToolCalls.WireCall(c, $"call_{completionId[^12..]}_{i}");
            if (streamed) call["index"] = i;
            return (JsonNode)call;
        }).ToArray());

    public static JsonObject Message(ToolTurn turn, string completionId)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = Content(turn) };
        if (Reasoning(turn) is { } reasoning) message["reasoning_content"] = reasoning;
        message["tool_calls"] = Calls(turn, completionId, streamed: false);
        return message;
    }
}
