using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace QwenEval.Core.Generation;

/// <summary>
/// One function call: the function's name, its arguments, and the text the model wrote for it (null for calls
/// that were not parsed from model output, e.g. scripted ones).
/// </summary>
public sealed record ToolCall(
    string Name,
    JsonObject Arguments,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RawText = null)
{
    /// <summary>The id a tool message answers with tool_call_id (OpenAI's "id"); null when nothing assigned one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }
}
