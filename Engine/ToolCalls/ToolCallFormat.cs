namespace QwenEval.Engine.ToolCalls;

/// <summary>How a model family writes tool calls.</summary>
public enum ToolCallFormat
{
    /// <summary>Qwen2.5 / Qwen3: &lt;tool_call&gt;\n{"name": …, "arguments": {…}}\n&lt;/tool_call&gt;.</summary>
    HermesJson,

    /// <summary>Qwen3-Coder / Qwen3.5: &lt;tool_call&gt;\n&lt;function=NAME&gt;\n&lt;parameter=P&gt;\nVALUE\n&lt;/parameter&gt;\n&lt;/function&gt;\n&lt;/tool_call&gt;.</summary>
    QwenXml,
}

/// <summary>Picks the format a model uses and the parser and writer for it.</summary>
public static class ToolCallFormats
{
    /// <summary>
    /// The format a chat template teaches: "&lt;function=" (the XML call form) means QwenXml; otherwise a template
    /// that mentions &lt;tool_call&gt; or "arguments" means HermesJson; null when the template has no tool calls.
    /// </summary>
    public static ToolCallFormat? FromChatTemplate(string templateText)
    {
        // XML templates also mention <tool_call> and arguments, so the XML marker is checked first.
        if (templateText.Contains("<function=", StringComparison.Ordinal)) return ToolCallFormat.QwenXml;
        if (templateText.Contains("<tool_call>", StringComparison.Ordinal) || templateText.Contains("\"arguments\"", StringComparison.Ordinal)
            || templateText.Contains("\\\"arguments\\\"", StringComparison.Ordinal))
            return ToolCallFormat.HermesJson;
        return null;
    }

    public static IToolCallParser Parser(ToolCallFormat format) => format switch
    {
        ToolCallFormat.HermesJson => new HermesToolCallParser(),
        ToolCallFormat.QwenXml => new QwenXmlToolCallParser(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static IToolCallWriter Writer(ToolCallFormat format) => format switch
    {
        ToolCallFormat.HermesJson => new HermesToolCallWriter(),
        ToolCallFormat.QwenXml => new QwenXmlToolCallWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
