using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using QwenEval.Core.Generation;

namespace QwenEval.Engine.ToolCalls;

/// <summary>
/// Qwen3-Coder / Qwen3.5 tool calls: &lt;tool_call&gt;\n&lt;function=NAME&gt;\n&lt;parameter=P&gt;\nVALUE\n&lt;/parameter&gt;\n…&lt;/function&gt;\n&lt;/tool_call&gt;,
/// one function per block. A value runs to the first &lt;/parameter&gt;, so it may hold newlines and any markup but
/// that tag; exactly one newline is stripped from each end. Values are text; a value becomes a number, boolean,
/// null, object or array only when the offered tool's schema declares that type for the parameter (as vLLM's
/// qwen3_coder parser converts them), and stays the text it was when it does not read as that type.
/// </summary>
public sealed partial class QwenXmlToolCallParser : ToolCallParser
{
    private const string FunctionOpen = "<function=";
    private const string FunctionClose = "</function>";
    private const string ParameterOpen = "<parameter=";
    private const string ParameterClose = "</parameter>";

    public override ToolCallFormat Format => ToolCallFormat.QwenXml;

    private protected override Block ReadBlock(string text, int start, IReadOnlyList<ToolSpec>? tools)
    {
        var pos = SkipWhitespace(text, start + Open.Length);
        if (!At(text, pos, FunctionOpen))
            return EndsInside(text, pos, FunctionOpen)
                ? Block.Truncated(text)
                : FailAt(text, pos, MalformedKind.InvalidStructure, $"expected {FunctionOpen}NAME> after {Open}");
        var (name, afterName) = ReadTagName(text, pos + FunctionOpen.Length);
        if (name is null)
            return afterName < 0 ? Block.Truncated(text) : FailAt(text, pos, MalformedKind.InvalidStructure, $"the {FunctionOpen}…> tag is not closed on its line");
        var known = name.Length > 0 ? name : null;
        var tool = tools?.FirstOrDefault(t => t.Name == name);
        var arguments = new JsonObject();
        string? duplicate = null;
        pos = afterName;
        while (true)
        {
            pos = SkipWhitespace(text, pos);
            if (At(text, pos, FunctionClose))
            {
                pos += FunctionClose.Length;
                break;
            }
            if (!At(text, pos, ParameterOpen))
                return EndsInside(text, pos, FunctionClose) || EndsInside(text, pos, ParameterOpen)
                    ? Block.Truncated(text, known)
                    : FailAt(text, pos, MalformedKind.InvalidStructure, $"expected {ParameterOpen}NAME> or {FunctionClose}", known);
            var (parameter, valueStart) = ReadTagName(text, pos + ParameterOpen.Length);
            if (parameter is null)
                return valueStart < 0 ? Block.Truncated(text, known) : FailAt(text, pos, MalformedKind.InvalidStructure, $"the {ParameterOpen}…> tag is not closed on its line", known);
            if (parameter.Length == 0)
                return FailAt(text, pos, MalformedKind.InvalidStructure, "a parameter has no name", known);
            var valueEnd = text.IndexOf(ParameterClose, valueStart, StringComparison.Ordinal);
            // A value may contain </function> or </tool_call> as text, but when the call's closing pair comes before
            // any </parameter>, the model forgot to close the parameter (otherwise the next call would be swallowed).
            var callEnd = CallEnd().Match(text, valueStart);
            if (valueEnd < 0 || (callEnd.Success && callEnd.Index < valueEnd))
            {
                if (callEnd.Success)
                    return Block.Bad(callEnd.Index + callEnd.Length, MalformedKind.UnclosedParameter, $"parameter \"{parameter}\" has no {ParameterClose}", known);
                return FailAt(text, valueStart, MalformedKind.UnclosedParameter, $"parameter \"{parameter}\" has no {ParameterClose}", known);
            }
            var value = StripOneNewline(text[valueStart..valueEnd]);
            if (arguments.ContainsKey(parameter)) duplicate ??= parameter;
            else arguments[parameter] = Convert(value, tool?.ParameterTypes(parameter) ?? []);
            pos = valueEnd + ParameterClose.Length;
        }
        pos = SkipWhitespace(text, pos);
        if (!At(text, pos, Close))
            return EndsInside(text, pos, Close)
                ? Block.Truncated(text, known)
                : FailAt(text, pos, MalformedKind.InvalidStructure, $"expected {Close} after {FunctionClose} (one function per call)", known);
        var end = pos + Close.Length;
        if (known is null) return Block.Bad(end, MalformedKind.MissingName, $"{FunctionOpen}> gives no function name");
        if (duplicate is not null)
            return Block.Bad(end, MalformedKind.DuplicateParameter, $"parameter \"{duplicate}\" is given twice", known);
        return Block.Ok(end, known, arguments);
    }

    /// <summary>
    /// The trimmed name of a "&lt;function=" or "&lt;parameter=" tag whose text starts at <paramref name="from"/>, and
    /// the index past its '&gt;'. Name null with index -1: the text ends first; with index 0: a newline or '&lt;' comes first.
    /// </summary>
    private static (string? Name, int After) ReadTagName(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '>':
                    return (text[from..i].Trim(), i + 1);
                case '\n' or '<':
                    return (null, 0);
            }
        }
        return (null, -1);
    }

    private static string StripOneNewline(string value)
    {
        if (value.StartsWith('\n')) value = value[1..];
        if (value.EndsWith('\n')) value = value[..^1];
        return value;
    }

    /// <summary>
    /// The value as the first declared type it reads as. "null" is null when the schema allows null or declares no
    /// string type (vLLM turns "null" into None for every type; a string parameter keeps the word here). A declared
    /// string type wins over the rest, so "007" for a ["string", "integer"] parameter stays text.
    /// </summary>
    internal static JsonNode? Convert(string value, IReadOnlyList<string> types)
    {
        if (types.Count == 0) return JsonValue.Create(value);
        var t = value.Trim();
        if (t.Equals("null", StringComparison.OrdinalIgnoreCase) && (types.Contains("null") || !types.Contains("string"))) return null;
        if (types.Contains("string")) return JsonValue.Create(value);
        foreach (var type in types)
        {
            switch (type)
            {
                case "integer" when IntegerText().IsMatch(t) && long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i):
                    return JsonValue.Create(i);
                case "number" when NumberText().IsMatch(t) && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d):
                    // As vLLM: a whole number is an int (3.0 → 3), so templates and tools see 3, not 3.0.
                    return Math.Abs(d) < 9007199254740992d && d == Math.Floor(d) ? JsonValue.Create((long)d) : JsonValue.Create(d);
                case "boolean" when t.Equals("true", StringComparison.OrdinalIgnoreCase) || t.Equals("false", StringComparison.OrdinalIgnoreCase):
                    // Either case: Qwen3-Coder's own template writes Python's True/False into history.
                    return JsonValue.Create(t.Equals("true", StringComparison.OrdinalIgnoreCase));
                case "object" or "array":
                    {
                        var parsed = TryParseJson(t);
                        if ((type == "object" && parsed is JsonObject) || (type == "array" && parsed is JsonArray)) return parsed;
                        break;
                    }
            }
        }
        return JsonValue.Create(value);
    }

    private static JsonNode? TryParseJson(string text)
    {
        try
        {
            var node = JsonNode.Parse(text);
            Materialize(node);
            return node;
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"</function>\s*</tool_call>")]
    private static partial Regex CallEnd();

    [GeneratedRegex(@"^[+-]?[0-9]+$")]
    private static partial Regex IntegerText();

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$")]
    private static partial Regex NumberText();
}
