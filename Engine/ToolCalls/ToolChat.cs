using System.Text.Json;
using QwenEval.Core;
using QwenEval.Core.Generation;
using QwenEval.Engine.Templates;

namespace QwenEval.Engine.ToolCalls;

/// <summary>
/// Tool calling through a model's own chat template, for engines that generate text (the built-in ONNX engine,
/// ONNX Runtime GenAI): the template renders the conversation with its `tools` argument, and the generated text is
/// read in the call format that template teaches (<see cref="ToolCallFormats.FromChatTemplate"/>).
/// </summary>
public sealed class ToolChat
{
    private readonly ChatTemplate _template;
    private readonly IToolCallParser _parser;

    public ToolChat(ChatTemplate template)
    {
        _template = template;
        Format = ToolCallFormats.FromChatTemplate(template.Source)
            ?? throw new UserInputException(
                $"{template.Origin}: the chat template never mentions tool calls, so the model cannot be given tools. " +
                "Use the template published with the model (Qwen2.5/Qwen3: Hermes JSON; Qwen3-Coder/Qwen3.5: XML).");
        _parser = ToolCallFormats.Parser(Format);
    }

    /// <summary>The tool-aware helper for a backend's template; a template that is not a Jinja chat template cannot take tools.</summary>
    public static ToolChat For(IChatTemplate template) =>
        template is ChatTemplate jinja
            ? new ToolChat(jinja)
            : throw new UserInputException("this model's chat template cannot render tools (it is not a Jinja chat template).");

    public ToolCallFormat Format { get; }

    /// <summary>The prompt: the conversation so far with the tools, ready for the assistant's next turn.</summary>
    public string Render(IReadOnlyList<ChatMessage> messages, IReadOnlyList<ToolSpec> tools, bool enableThinking, bool addGenerationPrompt = true) =>
        _template.Render(messages, addGenerationPrompt, enableThinking,
            new Dictionary<string, object?> { ["tools"] = tools.Select(t => (object?)t.ToJson()).ToList() });

    /// <summary>The calls in generated text; a call to a tool not offered is malformed (unknown_tool).</summary>
    public ToolTurn Parse(string generatedText, IReadOnlyList<ToolSpec> tools) => Read(_parser, generatedText, tools);

    /// <summary>Reads a turn with a given parser (also for text that needs no template, e.g. a scripted agent's).</summary>
    public static ToolTurn Read(IToolCallParser parser, string text, IReadOnlyList<ToolSpec> tools)
    {
        var r = parser.Parse(text, tools);
        return new ToolTurn(WireName(parser.Format), r.Prose, r.Reasoning, r.Calls,
            r.Malformed.Select(m => new MalformedCall(KindName(m.Kind), m.Reason, m.RawText, m.Name)).ToList());
    }

    public static string WireName(ToolCallFormat format) => JsonNamingPolicy.SnakeCaseLower.ConvertName(format.ToString());

    public static string KindName(MalformedKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());
}
