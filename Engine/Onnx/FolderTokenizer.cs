using QwenEval.Engine.Tokenization;

namespace QwenEval.Engine.Onnx;

/// <summary>The one place the engine gets a model folder's tokenizer (its tokenizer.json).</summary>
public static class FolderTokenizer
{
    public static ITextTokenizer Load(string modelDirectory) => TokenizerLoader.Load(modelDirectory);
}
