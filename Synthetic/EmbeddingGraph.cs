using QwenEval.Synthetic.Graph;
using QwenEval.Engine.Onnx.Proto;

namespace QwenEval.Synthetic;

/// <summary>
/// The embedding model of the qwen3_5 layout: input_ids (+ image_features, unused for text) → inputs_embeds,
/// with the inputs and dtypes of ONNX Runtime GenAI's qwen3-5 test folder.
/// </summary>
public static class EmbeddingGraph
{
    public static ModelProto Build(TinyModelSpec spec, TinyModelWeights weights)
    {
        var g = new OnnxGraphBuilder().Opset(Domains.Onnx, 21);
        g.Input("input_ids", TensorProto.Types.DataType.Int64, "batch_size", "sequence_length");
        g.Input("image_features", TensorProto.Types.DataType.Float, "num_image_tokens", spec.HiddenSize);
        g.Output("inputs_embeds", TensorProto.Types.DataType.Float, "batch_size", "sequence_length", spec.HiddenSize);
        var table = g.Initializer(TensorFactory.Float32("model.embed_tokens.weight", weights.Embedding, weights.VocabSize, spec.HiddenSize));
        g.Node("Gather", "/model/embed_tokens/Gather").Inputs(table, "input_ids").Outputs("inputs_embeds");
        return g.Build();
    }
}

/// <summary>
/// A stand-in vision model for the qwen3_5 layout: pixel_values [n, hidden] → image_features [n, hidden]. ONNX
/// Runtime GenAI runs type qwen3_5 as a vision-language model and always creates a vision session (without one it
/// refuses the folder); it sizes the empty image_features it feeds the embedding model from this output's width, so
/// the width is the hidden size. Text-only runs never call it.
/// </summary>
public static class VisionStubGraph
{
    public static ModelProto Build(TinyModelSpec spec)
    {
        var g = new OnnxGraphBuilder().Opset(Domains.Onnx, 21);
        g.Input("pixel_values", TensorProto.Types.DataType.Float, "num_patches", spec.HiddenSize);
        g.Output("image_features", TensorProto.Types.DataType.Float, "num_patches", spec.HiddenSize);
        g.Node("Identity", "/vision/Identity").Inputs("pixel_values").Outputs("image_features");
        return g.Build();
    }
}
