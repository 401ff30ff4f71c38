using QwenEval.Core.Generation;
using QwenEval.Engine.Generation;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Templates;
using QwenEval.Engine.Tokenization;
using QwenEval.Engine.ToolCalls;

namespace QwenEval.Backends.Onnx;

/// <summary>
/// The built-in ONNX engine behind <see cref="IModelBackend"/>. Decoding comes from the model's resolved settings
/// only (not the folder's search defaults), so every model in a run decodes the same way.
/// </summary>
public static class OnnxBackend
{
    /// <summary>The backend owns <paramref name="model"/> from here on, also when this throws.</summary>
    /// <param name="reuse">what the engine's kept state is used for (None only to measure what it saves)</param>
    public static ChatBackend Create(OnnxModel model, ITextTokenizer tokenizer, IChatTemplate template, GenerationSettings settings,
        StateReuse reuse = StateReuse.DrawsAndTurns)
    {
        var runtime = new OnnxTokenRuntime(model, reuse);
        try
        {
            ChatPipeline.CheckVocabulary(tokenizer, model.Config.Model.VocabSize, Path.Combine(model.Config.ModelDirectory, "tokenizer.json"), model.Config.File);
            return new ChatBackend(runtime, new ChatPipeline(runtime, tokenizer, template, settings));
        }
        catch
        {
            runtime.Dispose();
            throw;
        }
    }
}
