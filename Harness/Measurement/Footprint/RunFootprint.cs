using QwenEval.Harness.Cli;
using QwenEval.Harness.Config;
using QwenEval.Harness.Prompting;
using QwenEval.Harness.Tokenization;
using QwenEval.Tasks;

namespace QwenEval.Harness.Measurement.Footprint;

/// <summary>
/// The predicted footprint a run records per model (run.json models[].predicted_bytes, metrics.csv predicted_bytes):
/// the folder's prediction for the suite's longest prompt plus the run's max_new_tokens.
/// </summary>
public static class RunFootprint
{
    /// <summary>Predicted bytes for an onnx model of a run; null for other kinds, or when the folder cannot be read (the run reports that itself).</summary>
    public static long? Predict(ModelConfig model, EvalConfig config, Suite suite)
    {
        if (model.Kind != ModelKind.Onnx || model.Path is null) return null;
        try
        {
            return FootprintPredictor.ForFolder(model.Path, LongestPrompt(model.Path, suite, model.EnableThinking), config.MaxNewTokens).TotalBytes;
        }
        catch (Exception e) when (e is UserInputException or IOException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// Tokens of the suite's longest chat prompt with the folder's tokenizer, rendered as Qwen's ChatML (what the
    /// chat template writes, closely enough for sizing); without a usable tokenizer, one token per three characters.
    /// </summary>
    public static int LongestPrompt(string modelFolder, Suite suite, bool enableThinking)
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
        foreach (var task in suite.Tasks)
        {
            var text = ChatMl(PromptBuilder.Build(task), enableThinking);
            var tokens = tokenizer?.Encode(text).Count ?? (text.Length + 2) / 3;
            longest = Math.Max(longest, tokens);
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
