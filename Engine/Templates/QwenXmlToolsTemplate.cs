namespace QwenEval.Engine.Templates;

/// <summary>
/// The project's own chat template for Qwen models that write tool calls in the XML form (Qwen3-Coder, Qwen3.5),
/// written for QwenEval from the published call format: tools listed in the system turn, assistant tool_calls as
/// &lt;tool_call&gt;&lt;function=…&gt;&lt;parameter=…&gt; blocks, tool results grouped in a user turn, enable_thinking as
/// in Qwen3. Its goldens are in Tests/Goldens/chat_template/qwen_xml_tools.json.
/// </summary>
public static class QwenXmlToolsTemplate
{
    public const string Origin = "Engine/Templates/qwen_xml_tools.jinja";

    /// <summary>The Jinja text, with "\n" line ends whatever the checkout's.</summary>
    public static string Jinja { get; } = Load();

    /// <summary>The special tokens a Qwen tokenizer gives the template.</summary>
    public static IReadOnlyDictionary<string, object?> SpecialTokens { get; } =
        new Dictionary<string, object?> { ["eos_token"] = "<|im_end|>", ["pad_token"] = "<|endoftext|>" };

    public static ChatTemplate Create() => new(Jinja, SpecialTokens, Origin);

    private static string Load()
    {
        using var stream = typeof(QwenXmlToolsTemplate).Assembly.GetManifestResourceStream("QwenEval.qwen_xml_tools.jinja")
            ?? throw new InvalidOperationException("The embedded resource QwenEval.qwen_xml_tools.jinja is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
