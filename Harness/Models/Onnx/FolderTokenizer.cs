using QwenEval.Harness.Cli;
using QwenEval.Harness.Tokenization;

namespace QwenEval.Harness.Models.Onnx;

/// <summary>
/// The one place the engine gets a model folder's tokenizer. Until the tokenizer (Harness/Tokenization) lands it
/// reports that text prompts are not supported yet; then this body becomes a call to that implementation.
/// </summary>
public static class FolderTokenizer
{
    public static ITextTokenizer Load(string modelDirectory) =>
        throw new UserInputException(
            $"{Path.Combine(modelDirectory, "tokenizer.json")}: text prompts need the folder's tokenizer, which this build does not support yet. " +
            "Pass token ids instead (--ids 0,0,0,52).");
}
