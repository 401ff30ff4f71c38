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
