using QwenEval.Core;
using QwenEval.Core.Generation;
using QwenEval.Engine.Tokenization;

namespace QwenEval.Engine.Footprint;

/// <summary>
/// The predicted footprint a run records per model (run.json models[].predicted_bytes, metrics.csv predicted_bytes):
/// the folder's prediction for the longest prompt plus max_new_tokens.
/// </summary>
public static class FolderFootprint
{
    /// <summary>Predicted bytes, or null when the folder cannot be read (the run's preflight reports that itself).</summary>
    public static long? Predict(string folder, IEnumerable<IReadOnlyList<ChatMessage>> prompts, GenerationSettings generation)
    {
        try
        {
            return FootprintPredictor.ForFolder(folder, LongestPrompt(folder, prompts, generation.EnableThinking), generation.MaxNewTokens).TotalBytes;
        }
        catch (Exception e) when (e is UserInputException or IOException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// Tokens of the longest chat prompt with the folder's tokenizer, rendered as Qwen's ChatML (what the chat
    /// template writes, closely enough for sizing); without a usable tokenizer, one token per three characters.
    /// </summary>
    public static int LongestPrompt(string modelFolder, IEnumerable<IReadOnlyList<ChatMessage>> prompts, bool enableThinking)
    {
        ITextTokenizer? tokenizer = null;
        try
        {
            tokenizer = TokenizerLoader.Load(modelFolder);
        }
        catch (UserInputException)
        {
        }
        var longest = 1;
        foreach (var prompt in prompts)
        {
            var text = ChatMl(prompt, enableThinking);
            longest = Math.Max(longest, tokenizer?.Encode(text).Count ?? (text.Length + 2) / 3);
        }
        return longest;
    }

    private static string ChatMl(IReadOnlyList<ChatMessage> messages, bool enableThinking)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var m in messages) sb.Append("<|im_start|>").Append(m.Role).Append('\n').Append(m.Content).Append("<|im_end|>\n");
        sb.Append("<|im_start|>assistant\n");
        if (!enableThinking) sb.Append("<think>\n\n</think>\n\n");
        return sb.ToString();
    }
}
