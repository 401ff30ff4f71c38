using System.Text.Json;
using System.Text.Json.Nodes;
using QwenEval.Core.Generation;

namespace QwenEval.Backends.OpenAi;

/// <summary>
/// Tool conversations in the chat-completions wire form: assistant messages carry `tool_calls` (arguments as a JSON
/// string), tool results go back as `tool` messages with `tool_call_id`, and a response's `tool_calls` are read
/// back, where arguments that are not a JSON object, or a tool that was not offered, make the call malformed.
/// </summary>
public static class OpenAiToolCalls
{
    public static JsonNode Message(ChatMessage m)
    {
        var o = new JsonObject { ["role"] = m.Role, ["content"] = m.Content };
        if (m.ToolCalls is { Count: > 0 } calls)
            o["tool_calls"] = new JsonArray(calls.Select((c, i) => (JsonNode)WireCall(c, c.Id ?? $"call_{i}")).ToArray());
        if (m.ToolCallId is not null) o["tool_call_id"] = m.ToolCallId;
        if (m.Role == "tool" && m.Name is not null) o["name"] = m.Name;
        return o;
    }

    /// <summary>One call in the wire form: {"id", "type": "function", "function": {"name", "arguments": a JSON string}}.</summary>
    public static JsonObject WireCall(ToolCall call, string id) => new()
    {
        ["id"] = id,
        ["type"] = "function",
        ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = call.Arguments.ToJsonString() },
    };

    public static ToolTurn Read(JsonElement message, IReadOnlyList<ToolSpec> offered)
    {
        var prose = message.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";
        var reasoning = message.TryGetProperty("reasoning_content", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "";
        var calls = new List<ToolCall>();
        var malformed = new List<MalformedCall>();
        if (message.TryGetProperty("tool_calls", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                var raw = item.GetRawText();
                var id = item.TryGetProperty("id", out var idEl) && idEl.ValueKind == JsonValueKind.String ? idEl.GetString() : null;
                if (!item.TryGetProperty("function", out var f) || f.ValueKind != JsonValueKind.Object
                    || !f.TryGetProperty("name", out var n) || n.ValueKind != JsonValueKind.String || n.GetString()!.Length == 0)
                {
                    malformed.Add(new MalformedCall("missing_name", "the call has no function name", raw));
                    continue;
                }
                var name = n.GetString()!;
                if (!offered.Any(t => t.Name == name))
                {
                    malformed.Add(new MalformedCall("unknown_tool", $"\"{name}\" is not one of the offered tools ({string.Join(", ", offered.Select(t => t.Name))})", raw, name));
                    continue;
                }
                var args = f.TryGetProperty("arguments", out var a) ? Arguments(a) : new JsonObject();
                if (args is null)
                {
                    malformed.Add(new MalformedCall("invalid_json", "\"arguments\" is not a JSON object", raw, name));
                    continue;
                }
                calls.Add(new ToolCall(name, args, raw) { Id = id });
            }
        }
        return new ToolTurn("openai", prose, reasoning, calls, malformed);
    }

    /// <summary>The arguments as an object: a JSON string holding one (the standard), or an object (some servers); else null.</summary>
    public static JsonObject? Arguments(JsonElement a)
    {
        try
        {
            var node = a.ValueKind == JsonValueKind.String ? JsonNode.Parse(a.GetString()!.Length == 0 ? "{}" : a.GetString()!) : JsonNode.Parse(a.GetRawText());
            return node as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
