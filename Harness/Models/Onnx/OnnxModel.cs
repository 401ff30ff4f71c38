using Microsoft.ML.OnnxRuntime;
using QwenEval.Harness.Models.Onnx.Config;
using QwenEval.Harness.Models.Onnx.State;

namespace QwenEval.Harness.Models.Onnx;

/// <summary>
/// A GenAI model folder loaded for generation: its config, the decoder session, and the decoder's resolved inputs
/// and outputs. Load once, generate many times.
/// </summary>
public sealed class OnnxModel : IDisposable
{
    private OnnxModel(GenAiConfig config, InferenceSession session, DecoderLayout layout)
    {
        Config = config;
        Session = session;
        Layout = layout;
    }

    public GenAiConfig Config { get; }
    internal InferenceSession Session { get; }
    internal DecoderLayout Layout { get; }

    /// <summary>Loads a folder; every problem with it is a UserInputException naming the file, field and fix.</summary>
    public static OnnxModel Load(string modelDirectory, EngineOptions? options = null)
    {
        var config = GenAiConfigLoader.Load(modelDirectory);
        DecoderLayout.CheckType(config);
        var session = DecoderSessionFactory.Create(config, options ?? EngineOptions.Default);
        try
        {
            return new OnnxModel(config, session, DecoderLayout.Resolve(config, session));
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public void Dispose() => Session.Dispose();
}
