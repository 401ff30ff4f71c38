using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using QwenEval.Core;
using QwenEval.Engine.Onnx.Config;

namespace QwenEval.Engine.Onnx.State;

/// <summary>
/// The embedding model of a multi-modal folder (qwen3_5): input_ids (+ image_features, empty without images) →
/// inputs_embeds for the decoder. Names come from the config's embedding section, types from the session.
/// </summary>
internal sealed class EmbeddingStage : IDisposable
{
    private EmbeddingStage(InferenceSession session, string idsInput, TensorElementType idsType, string? imageInput, TensorElementType imageType,
        int imageWidth, string output, TensorElementType outputType)
    {
        Session = session;
        IdsInput = idsInput;
        IdsType = idsType;
        ImageFeaturesInput = imageInput;
        ImageFeaturesType = imageType;
        ImageFeaturesWidth = imageWidth;
        Output = output;
        OutputType = outputType;
    }

    public InferenceSession Session { get; }
    public string IdsInput { get; }
    public TensorElementType IdsType { get; }
    public string? ImageFeaturesInput { get; }
    public TensorElementType ImageFeaturesType { get; }
    public int ImageFeaturesWidth { get; }
    public string Output { get; }
    public TensorElementType OutputType { get; }

    public static EmbeddingStage Load(GenAiConfig config, EngineOptions engine, DecoderLayout decoder)
    {
        var section = config.Model.Embedding!;
        var session = DecoderSessionFactory.Create(config, section.Filename, "$.model.embedding.filename", engine, warn: false);
        try
        {
            var file = config.PathOf(section.Filename);
            var ids = section.Inputs.GetValueOrDefault("input_ids", "input_ids");
            var image = section.Inputs.GetValueOrDefault("image_features", "image_features");
            var output = section.Outputs.GetValueOrDefault("inputs_embeds", "inputs_embeds");
            if (!session.InputMetadata.TryGetValue(ids, out var idsMeta))
                throw new UserInputException($"{config.File}: $.model.embedding.inputs.input_ids: \"{ids}\" is not an input of {file} (its inputs: {string.Join(", ", session.InputMetadata.Keys)}). Fix the name.");
            if (!TensorTypes.IsInteger(idsMeta.ElementDataType))
                throw new UserInputException($"{file}: input \"{ids}\" is {idsMeta.ElementDataType}; expected int32 or int64.");
            var other = session.InputMetadata.Keys.FirstOrDefault(n => n != ids && n != image);
            if (other is not null)
                throw new UserInputException($"{file}: input \"{other}\" (audio or other features) is not supported by this engine. Use a text or image-text model folder.");
            if (!session.OutputMetadata.TryGetValue(output, out var outMeta))
                throw new UserInputException($"{config.File}: $.model.embedding.outputs.inputs_embeds: \"{output}\" is not an output of {file}. Fix the name.");
            if (outMeta.ElementDataType != decoder.EmbedsType)
                throw new UserInputException($"{file}: output \"{output}\" is {outMeta.ElementDataType} but the decoder's \"{decoder.EmbedsInput}\" is {decoder.EmbedsType}. Export both with one precision.");
            string? imageInput = session.InputMetadata.ContainsKey(image) ? image : null;
            var imageType = imageInput is null ? TensorElementType.Float : session.InputMetadata[image].ElementDataType;
            var width = imageInput is not null && session.InputMetadata[image].Dimensions is [_, > 0 and var w] ? w : decoder.HiddenSize;
            return new EmbeddingStage(session, ids, idsMeta.ElementDataType, imageInput, imageType, width, output, outMeta.ElementDataType);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public void Dispose() => Session.Dispose();
}
