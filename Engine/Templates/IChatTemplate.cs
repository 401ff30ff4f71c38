using QwenEval.Core.Generation;

namespace QwenEval.Engine.Templates;

/// <summary>Turns chat messages into the prompt text a model was trained on (its tokenizer_config.json chat_template).</summary>
public interface IChatTemplate
{
    string Render(IReadOnlyList<ChatMessage> messages, bool addGenerationPrompt, bool enableThinking);
}
