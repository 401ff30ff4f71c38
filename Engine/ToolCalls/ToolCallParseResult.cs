using QwenEval.Core.Generation;

namespace QwenEval.Engine.ToolCalls;

/// <summary>What a generated text holds once its tool calls are taken out.</summary>
/// <param name="Prose">The text outside tool calls and reasoning, trimmed at both ends (inner whitespace kept).</param>
/// <param name="Calls">Well-formed calls, in the order written.</param>
/// <param name="Malformed">Attempted calls that could not be read, in the order written.</param>
/// <param name="Reasoning">The text of &lt;think&gt; blocks, each trimmed, joined by a blank line.</param>
public sealed record ToolCallParseResult(
    string Prose,
    IReadOnlyList<ToolCall> Calls,
    IReadOnlyList<MalformedToolCall> Malformed,
    string Reasoning);

/// <summary>A tool call the model attempted but got wrong.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Reason">A sentence for people: what was expected and what was found.</param>
/// <param name="RawText">The block as written, from &lt;tool_call&gt; to its end (the end of the text when it never closed).</param>
/// <param name="Name">The function name when the block got far enough to give one.</param>
public sealed record MalformedToolCall(MalformedKind Kind, string Reason, string RawText, string? Name = null);

/// <summary>Why an attempted tool call is malformed.</summary>
public enum MalformedKind
{
    /// <summary>The call's JSON does not parse (Hermes), or has a duplicate key.</summary>
    InvalidJson,

    /// <summary>No function name: missing, empty, or not a string.</summary>
    MissingName,

    /// <summary>Hermes: the object has no "arguments".</summary>
    MissingArguments,

    /// <summary>Hermes: "arguments" is neither an object nor a string holding a JSON object.</summary>
    ArgumentsNotObject,

    /// <summary>&lt;tool_call&gt; opened and never closed: the text ends inside the call (generation cut off).</summary>
    Truncated,

    /// <summary>XML: a &lt;parameter=…&gt; whose &lt;/parameter&gt; never comes before the call closes.</summary>
    UnclosedParameter,

    /// <summary>The block is not in the format's shape (Hermes: not a JSON object; XML: tags out of place, text between them).</summary>
    InvalidStructure,

    /// <summary>XML: the same parameter given twice.</summary>
    DuplicateParameter,

    /// <summary>A name that is not among the tools given to the parser.</summary>
    UnknownTool,
}
