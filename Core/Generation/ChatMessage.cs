using System.Text.Json.Serialization;

namespace QwenEval.Core.Generation;

/// <summary>
/// One chat turn: role is system, user, assistant or tool. The optional fields carry tool conversations; each is
/// left out of the JSON when null, so plain messages serialize as {"role", "content"} exactly as before.
/// </summary>
public sealed record ChatMessage(string Role, string Content)
{
    /// <summary>Assistant: the calls it made (its Content is the prose around them).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ToolCall>? ToolCalls { get; init; }

    /// <summary>Tool: the name of the tool that answered.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }

    /// <summary>Tool: the id of the call this message answers.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ToolCallId { get; init; }

    /// <summary>Assistant: its reasoning, kept apart from Content (templates render it as a &lt;think&gt; block).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReasoningContent { get; init; }
}
