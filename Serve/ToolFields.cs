using System.Text.Json;
using System.Text.Json.Nodes;
using QwenEval.Backends.OpenAi;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;

namespace QwenEval.Serve;

/// <summary>
/// The tool-calling fields of a chat-completions body: `tools` (functions the model may call), `tool_choice` ("auto",
/// or "none" to offer none), assistant messages' `tool_calls` and `tool` messages. Each wrong field is a 400 naming it.
/// </summary>
public static class ToolFields
{
    /// <summary>The offered tools; null when none are (absent, empty, or tool_choice "none").</summary>
    public static IReadOnlyList<ToolSpec>? Tools(JsonElement body)
    {
        var choice = Optional(body, "tool_choice") is { } c
            ? c.ValueKind == JsonValueKind.String && c.GetString() is "auto" or "none"
                ? c.GetString()
                : throw ApiError.BadField("tool_choice", $"is {JsonFields.Describe(c)}; this server supports \"auto\" and \"none\" (the model decides whether to call).")
            : "auto";
        if (Optional(body, "tools") is not { } list) return null;
        if (list.ValueKind != JsonValueKind.Array) throw ApiError.BadField("tools", $"is {JsonFields.Describe(list)}, expected an array of functions.");
        var tools = list.EnumerateArray().Select((t, i) => Tool(t, $"tools[{i}]")).ToList();
        var twice = tools.GroupBy(t => t.Name).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw ApiError.BadField("tools", $"names \"{twice.Key}\" twice; give each function its own name.");
        return tools.Count == 0 || choice == "none" ? null : tools;
    }

    private static ToolSpec Tool(JsonElement t, string at)
    {
        if (t.ValueKind != JsonValueKind.Object) throw ApiError.BadField(at, $"is {JsonFields.Describe(t)}, expected {{\"type\": \"function\", \"function\": {{…}}}}.");
        if (Optional(t, "type") is not { ValueKind: JsonValueKind.String } type || type.GetString() != "function")
            throw ApiError.BadField($"{at}.type", "must be \"function\".");
        if (Optional(t, "function") is not { ValueKind: JsonValueKind.Object } f) throw ApiError.BadField($"{at}.function", "is missing or not an object.");
        if (Optional(f, "name") is not { ValueKind: JsonValueKind.String } n || n.GetString()!.Length == 0)
            throw ApiError.BadField($"{at}.function.name", "is missing or empty.");
        if (Optional(f, "description") is { ValueKind: not JsonValueKind.String } d)
            throw ApiError.BadField($"{at}.function.description", $"is {JsonFields.Describe(d)}, expected a string.");
        if (Optional(f, "parameters") is { ValueKind: not JsonValueKind.Object } p)
            throw ApiError.BadField($"{at}.function.parameters", $"is {JsonFields.Describe(p)}, expected a JSON Schema object.");
        return ToolSpec.FromJson(JsonNode.Parse(t.GetRawText())!.AsObject());
    }

    /// <summary>An assistant message's calls (arguments as a JSON string holding an object, or an object); null when it has none.</summary>
    public static IReadOnlyList<ToolCall>? Calls(JsonElement message, string at)
    {
        if (Optional(message, "tool_calls") is not { } list) return null;
        if (list.ValueKind != JsonValueKind.Array) throw ApiError.BadField($"{at}.tool_calls", $"is {JsonFields.Describe(list)}, expected an array.");
        var calls = new List<ToolCall>();
        var i = 0;
        foreach (var call in list.EnumerateArray())
        {
            var c = $"{at}.tool_calls[{i++}]";
            if (call.ValueKind != JsonValueKind.Object || Optional(call, "function") is not { ValueKind: JsonValueKind.Object } f)
                throw ApiError.BadField(c, "expected {\"id\": …, \"type\": \"function\", \"function\": {\"name\": …, \"arguments\": \"{…}\"}}.");
            var name = Optional(f, "name") is { ValueKind: JsonValueKind.String } n && n.GetString()!.Length > 0
                ? n.GetString()!
                : throw ApiError.BadField($"{c}.function.name", "is missing or empty.");
            var id = Optional(call, "id") is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;
            calls.Add(new ToolCall(name, Arguments(Optional(f, "arguments"), $"{c}.function.arguments")) { Id = id });
        }
        return calls.Count == 0 ? null : calls;
    }

    // The same reading the harness's openai client gives a server's calls.
    private static JsonObject Arguments(JsonElement? a, string at) =>
        a is not { } arguments ? new JsonObject()
        : OpenAiToolCalls.Arguments(arguments) ?? throw ApiError.BadField(at, "is not a JSON object, nor a string holding valid JSON for one.");

    /// <summary>A tool message's name: its own, or that of the assistant call it answers.</summary>
    public static string? ToolName(JsonElement message, string? callId, IReadOnlyList<ChatMessage> before) =>
        Optional(message, "name") is { ValueKind: JsonValueKind.String } n ? n.GetString()
        : before.Where(m => m.ToolCalls is not null).SelectMany(m => m.ToolCalls!).LastOrDefault(c => callId is not null && c.Id == callId)?.Name;

    private static JsonElement? Optional(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;
}
