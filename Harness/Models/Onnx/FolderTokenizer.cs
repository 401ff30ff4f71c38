using QwenEval.Harness.Tokenization;

namespace QwenEval.Harness.Models.Onnx;

/// <summary>The one place the engine gets a model folder's tokenizer (its tokenizer.json).</summary>
public static class FolderTokenizer
{
    public static ITextTokenizer Load(string modelDirectory) => TokenizerLoader.Load(modelDirectory);
}
