using QwenEval.Core.Generation;

namespace QwenEval.Engine.ToolCalls;

/// <summary>Reads the tool calls a model wrote in one format.</summary>
public interface IToolCallParser
{
    ToolCallFormat Format { get; }

    /// <param name="generatedText">The model's output, as decoded (special tokens such as &lt;tool_call&gt; kept as text).</param>
    /// <param name="tools">
    /// The tools the model was offered. With a list, a call to any other name is malformed (UnknownTool) and XML
    /// parameter values take the types the tool's schema declares; without one, every name is accepted and XML
    /// values stay strings.
    /// </param>
    ToolCallParseResult Parse(string generatedText, IReadOnlyList<ToolSpec>? tools = null);
}

/// <summary>Writes tool calls the way a model of one format writes them.</summary>
public interface IToolCallWriter
{
    ToolCallFormat Format { get; }

    /// <summary>One &lt;tool_call&gt;…&lt;/tool_call&gt; block, as the chat template renders the call in history.</summary>
    string Write(ToolCall call);

    /// <summary>An assistant turn: the prose, then each call on its own line, as the chat template joins them.</summary>
    string WriteTurn(string prose, IEnumerable<ToolCall> calls)
    {
        var blocks = string.Join("\n", calls.Select(Write));
        return prose.Length == 0 ? blocks : blocks.Length == 0 ? prose : prose + "\n" + blocks;
    }
}
