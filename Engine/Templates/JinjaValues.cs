using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using QwenEval.Core.Generation;

namespace QwenEval.Engine.Templates;

/// <summary>Turns .NET and JSON values into the Python-like values templates operate on.</summary>
public static class JinjaValues
{
    /// <summary>
    /// null, string, bool, integers, floating point, JsonElement, JsonNode, ChatMessage, dictionaries and sequences are
    /// accepted (an object[] becomes a tuple, other sequences lists); JSON numbers without a fraction or exponent
    /// become ints, as Python's json.loads makes them.
    /// </summary>
    public static object? FromClr(object? value) => value switch
    {
        null => null,
        string or bool or long or double => value,
        // Values already in template form pass through (converting twice changes nothing).
        JinjaDict or Markup or Namespace or Undefined or JinjaCallable => value,
        // Only object[] itself is a tuple: array covariance would otherwise make a string[] one too.
        object?[] tuple when tuple.GetType() == typeof(object[]) => tuple.Select(FromClr).ToArray(),
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        uint u => (long)u,
        float f => (double)f,
        decimal m => (double)m,
        JsonElement e => FromJson(e),
        ChatMessage m => MessageDict(m),
        // Before IEnumerable: a JsonObject enumerates as key/value pairs, which are no template value.
        JsonNode node => FromJson(JsonSerializer.SerializeToElement(node)),
        IDictionary dict => DictFrom(dict),
        IEnumerable seq => seq.Cast<object?>().Select(FromClr).ToList(),
        _ => throw new ArgumentException($"A template cannot use a value of type {value.GetType().Name}."),
    };

    public static object? FromJson(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return e.GetString();
            case JsonValueKind.Number:
                var raw = e.GetRawText();
                return raw.AsSpan().IndexOfAny(".eE") < 0 && e.TryGetInt64(out var l) ? (object)l : e.GetDouble();
            case JsonValueKind.Array:
                return e.EnumerateArray().Select(FromJson).ToList();
            default:
                var dict = new JinjaDict();
                foreach (var p in e.EnumerateObject()) dict[p.Name] = FromJson(p.Value);
                return dict;
        }
    }

    /// <summary>
    /// A message as transformers passes it: a dict with role and content, plus tool_calls, name, tool_call_id and
    /// reasoning_content only when set, so templates testing `is defined` see what they would see in Python.
    /// Tool calls take the OpenAI shape templates read: {"id"?, "type": "function", "function": {"name", "arguments"}}.
    /// </summary>
    private static JinjaDict MessageDict(ChatMessage m)
    {
        var items = new List<KeyValuePair<string, object?>> { new("role", m.Role), new("content", m.Content) };
        if (m.ToolCalls is { } calls)
            items.Add(new("tool_calls", calls.Select(c =>
            {
                var call = new List<KeyValuePair<string, object?>>();
                if (c.Id is not null) call.Add(new("id", c.Id));
                call.Add(new("type", "function"));
                call.Add(new("function", Dict([new("name", c.Name), new("arguments", c.Arguments)])));
                return (object?)Dict(call);
            }).ToList()));
        if (m.Name is not null) items.Add(new("name", m.Name));
        if (m.ToolCallId is not null) items.Add(new("tool_call_id", m.ToolCallId));
        if (m.ReasoningContent is not null) items.Add(new("reasoning_content", m.ReasoningContent));
        return Dict(items);
    }

    internal static JinjaDict Dict(IEnumerable<KeyValuePair<string, object?>> items)
    {
        var dict = new JinjaDict();
        foreach (var (k, v) in items) dict[k] = FromClr(v);
        return dict;
    }

    private static JinjaDict DictFrom(IDictionary source)
    {
        var dict = new JinjaDict();
        foreach (DictionaryEntry entry in source) dict[FromClr(entry.Key)] = FromClr(entry.Value);
        return dict;
    }
}
