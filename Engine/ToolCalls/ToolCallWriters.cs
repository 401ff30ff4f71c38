using System.Text.Json.Nodes;
using QwenEval.Engine.Templates;
using QwenEval.Core.Generation;

namespace QwenEval.Engine.ToolCalls;

/// <summary>
/// Writes a call as Qwen2.5 / Qwen3 do, byte for byte what the Qwen3 chat template renders for an assistant's
/// tool_calls: &lt;tool_call&gt;\n{"name": "…", "arguments": {…}}\n&lt;/tool_call&gt;, the JSON as Python's json.dumps
/// writes it (", " and ": " separators, non-ASCII kept).
/// </summary>
public sealed class HermesToolCallWriter : IToolCallWriter
{
    public ToolCallFormat Format => ToolCallFormat.HermesJson;

    public string Write(ToolCall call) =>
        $"<tool_call>\n{{\"name\": {PythonJson.Dumps(JsonValue.Create(call.Name))}, \"arguments\": {PythonJson.Dumps(call.Arguments)}}}\n</tool_call>";
}

/// <summary>
/// Writes a call as Qwen3-Coder / Qwen3.5 do, byte for byte what Engine/Templates/qwen_xml_tools.jinja
/// renders: one &lt;parameter=…&gt; per argument, strings as they are, other values as JSON.
/// </summary>
public sealed class QwenXmlToolCallWriter : IToolCallWriter
{
    public ToolCallFormat Format => ToolCallFormat.QwenXml;

    public string Write(ToolCall call)
    {
        if (!IsTagName(call.Name))
            throw new ArgumentException($"\"{call.Name}\" cannot be written as <function=…>: a name needs text without '>', '<' or line breaks.", nameof(call));
        var sb = new System.Text.StringBuilder("<tool_call>\n<function=").Append(call.Name).Append(">\n");
        foreach (var (name, value) in call.Arguments)
        {
            if (!IsTagName(name))
                throw new ArgumentException($"Parameter \"{name}\" of {call.Name} cannot be written as <parameter=…>.", nameof(call));
            var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : PythonJson.Dumps(value);
            // The format has no escape: a value holding </parameter> would end early when read back.
            if (text.Contains("</parameter>", StringComparison.Ordinal))
                throw new ArgumentException($"Parameter \"{name}\" of {call.Name} contains </parameter>, which the XML call form cannot carry.", nameof(call));
            sb.Append("<parameter=").Append(name).Append(">\n").Append(text).Append("\n</parameter>\n");
        }
        return sb.Append("</function>\n</tool_call>").ToString();
    }

    private static bool IsTagName(string name) =>
        name.Trim().Length == name.Length && name.Length > 0 && name.IndexOfAny(['>', '<', '\n', '\r']) < 0;
}

/// <summary>Python's json.dumps(value, ensure_ascii=False): the JSON that chat templates' tojson writes.</summary>
internal static class PythonJson
{
    public static string Dumps(JsonNode? value) =>
        PyJson.Dumps(JinjaValues.FromClr(value), ensureAscii: false, indent: null, itemSeparator: ", ", keySeparator: ": ", sortKeys: false);
}
