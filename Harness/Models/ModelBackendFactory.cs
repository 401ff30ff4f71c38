using QwenEval.Harness.Cli;
using QwenEval.Harness.Config;
using QwenEval.Harness.Models.Reference;

namespace QwenEval.Harness.Models;

/// <summary>Creates the backend a config entry names.</summary>
public static class ModelBackendFactory
{
    public static IModelBackend Create(ModelConfig model, EvalConfig config) => model.Kind switch
    {
        ModelKind.Reference => new ReferenceBackend(ReferenceBackend.Mode.Canonical),
        ModelKind.Decoy => new ReferenceBackend(ReferenceBackend.Mode.FirstDecoy),
        ModelKind.OpenAi => new OpenAi.OpenAiChatBackend(model, config),
        ModelKind.Onnx => new Onnx.OnnxBackend(model, config, Onnx.FolderTokenizer.Load(model.Path!), Prompting.Templates.ChatTemplateLoader.Load(model.Path!)),
        _ => throw new UserInputException(
            $"{config.SourceFile}: model \"{model.Name}\": kind \"{model.Kind.ToWire()}\" is not available in this build yet. Remove the model or use kind reference/decoy."),
    };
}
