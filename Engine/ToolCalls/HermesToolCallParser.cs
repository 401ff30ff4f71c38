using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using QwenEval.Core.Generation;

namespace QwenEval.Engine.ToolCalls;

/// <summary>
/// Qwen2.5 / Qwen3 tool calls: each &lt;tool_call&gt; holds one JSON object {"name": "…", "arguments": {…}}.
/// "arguments" may also be a string holding a JSON object (some models and servers double-encode it; vLLM's
/// hermes parser accepts it), and other keys are ignored. The JSON is read token by token, so strings inside it
/// may contain &lt;/tool_call&gt;.
/// </summary>
public sealed class HermesToolCallParser : ToolCallParser
{
    public override ToolCallFormat Format => ToolCallFormat.HermesJson;

    private protected override Block ReadBlock(string text, int start, IReadOnlyList<ToolSpec>? tools)
    {
        var body = start + Open.Length;
        var (scan, jsonEnd) = ScanJsonValue(text, body);
        switch (scan)
        {
            case Scan.Incomplete:
                return Block.Truncated(text);
            case Scan.Invalid:
                return FailAt(text, body, MalformedKind.InvalidJson, "the call is not valid JSON");
        }
        var after = SkipWhitespace(text, jsonEnd);
        if (!At(text, after, Close))
        {
            if (EndsInside(text, after, Close)) return Block.Truncated(text);
            return FailAt(text, after, MalformedKind.InvalidJson, $"text follows the JSON object before {Close}");
        }
        var end = after + Close.Length;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text[body..jsonEnd]);
            Materialize(root);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            // ArgumentException: a duplicate key, which JsonNode only reports when the object is built.
            return Block.Bad(end, MalformedKind.InvalidJson, $"the call's JSON is not usable: {e.Message}");
        }
        if (root is not JsonObject obj)
            return Block.Bad(end, MalformedKind.InvalidStructure, "expected one JSON object {\"name\": …, \"arguments\": {…}}");
        if (obj["name"] is not JsonValue nameValue || !nameValue.TryGetValue<string>(out var name) || name.Trim().Length == 0)
            return Block.Bad(end, MalformedKind.MissingName, "the object has no non-empty string \"name\"");
        if (!obj.TryGetPropertyValue("arguments", out var arguments))
            return Block.Bad(end, MalformedKind.MissingArguments, "the object has no \"arguments\"", name);
        switch (arguments)
        {
            case JsonObject args:
                return Block.Ok(end, name, (JsonObject)args.DeepClone());
            case JsonValue v when v.TryGetValue<string>(out var encoded):
                try
                {
                    if (JsonNode.Parse(encoded) is JsonObject decoded)
                    {
                        Materialize(decoded);
                        return Block.Ok(end, name, decoded);
                    }
                }
                catch (Exception e) when (e is JsonException or ArgumentException)
                {
                    // Falls through: a string that is not a JSON object is not arguments.
                }
                return Block.Bad(end, MalformedKind.ArgumentsNotObject, "\"arguments\" is a string that does not hold a JSON object", name);
            default:
                return Block.Bad(end, MalformedKind.ArgumentsNotObject,
                    $"\"arguments\" is {(arguments is null ? "null" : arguments.GetValueKind().ToString().ToLowerInvariant())}, not an object", name);
        }
    }

    private enum Scan { Complete, Incomplete, Invalid }

    /// <summary>
    /// Reads one JSON value starting at <paramref name="from"/> (after whitespace): Complete with the index just past
    /// it, Incomplete when the text ends first (cut off), Invalid when something that is not JSON comes first.
    /// </summary>
    private static (Scan, int End) ScanJsonValue(string text, int from)
    {
        var bytes = Encoding.UTF8.GetBytes(text[from..]);
        var reader = new Utf8JsonReader(bytes, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
                var closesValue = reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray
                    ? reader.CurrentDepth == 0
                    : reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.PropertyName) && reader.CurrentDepth == 0;
                if (closesValue)
                    return (Scan.Complete, from + Encoding.UTF8.GetCharCount(bytes, 0, (int)reader.BytesConsumed));
            }
            return (Scan.Incomplete, text.Length);
        }
        catch (JsonException)
        {
            return (Scan.Invalid, from);
        }
    }
}
