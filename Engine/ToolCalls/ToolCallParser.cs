using System.Text;
using System.Text.Json.Nodes;
using QwenEval.Core.Generation;

namespace QwenEval.Engine.ToolCalls;

/// <summary>
/// What both formats share: finding &lt;tool_call&gt; blocks and &lt;think&gt; blocks left to right, keeping the text
/// between them as prose, and checking names against the offered tools. A format only reads one block.
/// </summary>
public abstract class ToolCallParser : IToolCallParser
{
    private protected const string Open = "<tool_call>";
    private protected const string Close = "</tool_call>";
    private const string ThinkOpen = "<think>";
    private const string ThinkClose = "</think>";

    public abstract ToolCallFormat Format { get; }

    public ToolCallParseResult Parse(string generatedText, IReadOnlyList<ToolSpec>? tools = null)
    {
        var text = generatedText;
        var prose = new StringBuilder();
        var reasoning = new List<string>();
        var calls = new List<ToolCall>();
        var malformed = new List<MalformedToolCall>();
        var pos = 0;
        // Templates that end the prompt with <think> (Qwen3.5, thinking models) leave the answer starting inside the
        // reasoning: a </think> with no <think> before it closes reasoning that began in the prompt, and calls
        // drafted before it are reasoning too. CodeExtractor.StripThinking reads answers the same way.
        var firstClose = text.IndexOf(ThinkClose, StringComparison.Ordinal);
        if (firstClose >= 0 && !text.AsSpan(0, firstClose).Contains(ThinkOpen, StringComparison.Ordinal))
        {
            reasoning.Add(text[..firstClose]);
            pos = firstClose + ThinkClose.Length;
        }
        while (pos < text.Length)
        {
            var call = text.IndexOf(Open, pos, StringComparison.Ordinal);
            var think = text.IndexOf(ThinkOpen, pos, StringComparison.Ordinal);
            var next = call < 0 ? think : think < 0 ? call : Math.Min(call, think);
            if (next < 0)
            {
                prose.Append(text, pos, text.Length - pos);
                break;
            }
            prose.Append(text, pos, next - pos);
            if (next == think)
            {
                // Decision: tool calls written inside reasoning are ignored, complete or not. Reasoning is the model
                // thinking about what to do, not doing it; the call counts only when written after </think>.
                var end = text.IndexOf(ThinkClose, think + ThinkOpen.Length, StringComparison.Ordinal);
                var stop = end < 0 ? text.Length : end;
                reasoning.Add(text[(think + ThinkOpen.Length)..stop]);
                pos = end < 0 ? text.Length : end + ThinkClose.Length;
                continue;
            }
            var block = ReadBlock(text, call, tools);
            var raw = text[call..block.End];
            if (block.Problem is { } problem)
                malformed.Add(new MalformedToolCall(problem.Kind, problem.Reason, raw, block.Name));
            else if (tools is not null && !tools.Any(t => t.Name == block.Name))
                malformed.Add(new MalformedToolCall(MalformedKind.UnknownTool,
                    $"\"{block.Name}\" is not one of the offered tools ({string.Join(", ", tools.Select(t => t.Name))})", raw, block.Name));
            else
                calls.Add(new ToolCall(block.Name!, block.Arguments!, raw));
            pos = block.End;
        }
        var thoughts = reasoning.Select(r => r.Trim()).Where(r => r.Length > 0);
        return new ToolCallParseResult(prose.ToString().Trim(), calls, malformed, string.Join("\n\n", thoughts));
    }

    /// <summary>Reads the block that starts with &lt;tool_call&gt; at <paramref name="start"/>.</summary>
    private protected abstract Block ReadBlock(string text, int start, IReadOnlyList<ToolSpec>? tools);

    /// <summary>One block's extent and outcome: a name and arguments, or a problem (with the name when known).</summary>
    private protected readonly record struct Block(int End, string? Name, JsonObject? Arguments, (MalformedKind Kind, string Reason)? Problem)
    {
        public static Block Ok(int end, string name, JsonObject arguments) => new(end, name, arguments, null);

        public static Block Bad(int end, MalformedKind kind, string reason, string? name = null) => new(end, name, null, (kind, reason));

        /// <summary>The text ended inside the call.</summary>
        public static Block Truncated(string text, string? name = null) =>
            Bad(text.Length, MalformedKind.Truncated, $"the text ends before {Close}: the call was cut off", name);
    }

    /// <summary>
    /// A block that went wrong at <paramref name="at"/> ends at the next &lt;/tool_call&gt;; with none left, the text
    /// ended inside it.
    /// </summary>
    private protected static Block FailAt(string text, int at, MalformedKind kind, string reason, string? name = null)
    {
        var close = text.IndexOf(Close, at, StringComparison.Ordinal);
        return close < 0 ? Block.Truncated(text, name) : Block.Bad(close + Close.Length, kind, reason, name);
    }

    private protected static int SkipWhitespace(string text, int pos)
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
        return pos;
    }

    /// <summary>The rest of the text from <paramref name="pos"/> is empty or the start of <paramref name="literal"/>: cut off there.</summary>
    private protected static bool EndsInside(string text, int pos, string literal) =>
        text.Length - pos < literal.Length && literal.StartsWith(text[pos..], StringComparison.Ordinal);

    private protected static bool At(string text, int pos, string literal) =>
        string.CompareOrdinal(text, pos, literal, 0, literal.Length) == 0 && pos + literal.Length <= text.Length;

    /// <summary>Builds every object so a duplicate key throws (ArgumentException) here: JsonNode.Parse only finds it when an object is built.</summary>
    private protected static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj) Materialize(child);
                break;
            case JsonArray array:
                foreach (var child in array) Materialize(child);
                break;
        }
    }
}
