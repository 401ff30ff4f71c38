using Microsoft.ML.OnnxRuntime;
using QwenEval.Engine.Onnx.Config;
using QwenEval.Engine.Onnx.State;

namespace QwenEval.Engine.Onnx;

/// <summary>
/// A GenAI model folder loaded for generation: its config, the decoder session, and the decoder's resolved inputs
/// and outputs. Load once, generate many times.
/// </summary>
public sealed class OnnxModel : IDisposable
{
    private OnnxModel(GenAiConfig config, InferenceSession session, DecoderLayout layout, EmbeddingStage? embedding)
    {
        Config = config;
        Session = session;
        Layout = layout;
        Embedding = embedding;
    }

    public GenAiConfig Config { get; }
    internal InferenceSession Session { get; }
    internal DecoderLayout Layout { get; }

    /// <summary>The embedding model, for decoders that take inputs_embeds (qwen3_5); null otherwise.</summary>
    internal EmbeddingStage? Embedding { get; }

    /// <summary>Loads a folder; every problem with it is a UserInputException naming the file, field and fix.</summary>
    public static OnnxModel Load(string modelDirectory, EngineOptions? options = null)
    {
        var config = GenAiConfigLoader.Load(modelDirectory);
        DecoderLayout.CheckType(config);
        var engine = options ?? EngineOptions.Default;
        var session = DecoderSessionFactory.Create(config, engine);
        try
        {
            var layout = DecoderLayout.Resolve(config, session);
            var embedding = layout.EmbedsInput is null ? null : EmbeddingStage.Load(config, engine, layout);
            return new OnnxModel(config, session, layout, embedding);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Embedding?.Dispose();
        Session.Dispose();
    }
}
