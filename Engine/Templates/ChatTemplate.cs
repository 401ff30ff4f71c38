using QwenEval.Core;

using QwenEval.Core.Generation;

namespace QwenEval.Engine.Templates;

/// <summary>
/// A model's Hugging Face chat template, rendered byte for byte as transformers' apply_chat_template(tokenize=False)
/// renders it: variables messages, tools (None), documents (None), add_generation_prompt, the tokenizer's special
/// tokens (bos_token, eos_token, ...) and enable_thinking when the caller passes it.
/// </summary>
public sealed class ChatTemplate : IChatTemplate
{
    private readonly JinjaTemplate _template;
    private readonly IReadOnlyDictionary<string, object?> _specialTokens;

    /// <param name="source">The Jinja text.</param>
    /// <param name="specialTokens">Names and values as transformers' special_tokens_map gives them (strings, or a list for additional_special_tokens).</param>
    /// <param name="origin">Where the text came from, for error messages (file and field).</param>
    public ChatTemplate(string source, IReadOnlyDictionary<string, object?>? specialTokens = null, string origin = "chat template")
    {
        Source = source;
        Origin = origin;
        _specialTokens = specialTokens ?? new Dictionary<string, object?>();
        try
        {
            _template = JinjaTemplate.Parse(source);
        }
        catch (TemplateSyntaxException e)
        {
            throw new UserInputException(
                $"{origin}: the chat template is not valid Jinja (template line {e.Line}: {e.Message}). " +
                "Replace it with the template published with the model.");
        }
    }

    public string Source { get; }

    public string Origin { get; }

    public IReadOnlyDictionary<string, object?> SpecialTokens => _specialTokens;

    public string Render(IReadOnlyList<ChatMessage> messages, bool addGenerationPrompt, bool enableThinking) =>
        Render(messages, addGenerationPrompt, (bool?)enableThinking);

    /// <param name="enableThinking">null leaves enable_thinking undefined, as when apply_chat_template is called without it.</param>
    /// <param name="extraVariables">Further template variables (apply_chat_template's **kwargs), e.g. date_string.</param>
    public string Render(IReadOnlyList<ChatMessage> messages, bool addGenerationPrompt, bool? enableThinking,
        IReadOnlyDictionary<string, object?>? extraVariables = null)
    {
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["messages"] = messages.Select(m => (object?)m).ToList(),
            ["tools"] = null,
            ["documents"] = null,
            ["add_generation_prompt"] = addGenerationPrompt,
        };
        foreach (var (name, value) in _specialTokens) variables[name] = value;
        if (enableThinking is not null) variables["enable_thinking"] = enableThinking.Value;
        if (extraVariables is not null)
            foreach (var (name, value) in extraVariables) variables[name] = value;
        try
        {
            return _template.Render(variables);
        }
        catch (TemplateRaisedException e)
        {
            throw new ChatTemplateException(Origin, $"the chat template rejected the conversation: {e.Message}", e);
        }
        catch (TemplateException e)
        {
            throw new ChatTemplateException(Origin,
                $"the chat template failed at template line {e.Line} with {e.PythonType}: {e.Message}", e);
        }
    }
}

/// <summary>Rendering a model's chat template failed: the template and the conversation do not fit together.</summary>
public sealed class ChatTemplateException(string origin, string problem, TemplateException inner)
    : UserInputException($"{origin}: {problem}. Check that this model's chat template supports these roles and messages.")
{
    public TemplateException Template { get; } = inner;
}
