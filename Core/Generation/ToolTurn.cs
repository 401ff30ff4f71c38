namespace QwenEval.Core.Generation;

/// <summary>
/// An assistant turn of a tool conversation as the backend read it: the prose, the reasoning, the well-formed calls
/// in the order written, and the attempted calls that could not be read (nothing of those may be executed).
/// </summary>
/// <param name="Format">how the calls were written: "qwen_xml", "hermes_json" (parsed from text) or "openai" (the server's tool_calls)</param>
public sealed record ToolTurn(string Format, string Prose, string Reasoning, IReadOnlyList<ToolCall> Calls, IReadOnlyList<MalformedCall> Malformed);

/// <summary>A tool call the model attempted but got wrong.</summary>
/// <param name="Kind">what went wrong, snake_case: invalid_json, missing_name, truncated, unclosed_parameter, invalid_structure, unknown_tool, bad_arguments …</param>
/// <param name="Reason">a sentence for people (and for the model, which is told)</param>
/// <param name="RawText">the call as written</param>
/// <param name="Name">the tool's name when the call got far enough to give one</param>
public sealed record MalformedCall(string Kind, string Reason, string RawText, string? Name = null);
