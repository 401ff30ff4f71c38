using QwenEval.Synthetic.Graph;
using QwenEval.Engine.Onnx.Proto;

namespace QwenEval.Synthetic;

/// <summary>
/// The decoder the GenAI builder writes for a Qwen2 checkpoint on CPU with fp32 activations: packed QKV
/// projection with bias, GroupQueryAttention doing the rotary embedding itself (so no position_ids input),
/// SimplifiedLayerNormalization / SkipSimplifiedLayerNormalization, SwiGLU MLP, fp32 logits.
/// </summary>
public static class Qwen2DecoderGraph
{
    public static ModelProto Build(TinyModelSpec spec, TinyModelWeights weights)
    {
        var g = new OnnxGraphBuilder().Opset(Domains.Onnx, 21).Opset(Domains.Microsoft, 1);
        var parts = new DecoderGraphParts(g, spec);
        const TensorProto.Types.DataType F = DecoderGraphParts.Float;

        g.Input("input_ids", DecoderGraphParts.Int64, "batch_size", "sequence_length");
        g.Input("attention_mask", DecoderGraphParts.Int64, "batch_size", "total_sequence_length");
        for (int i = 0; i < spec.NumLayers; i++)
        {
            g.Input($"past_key_values.{i}.key", F, "batch_size", spec.NumKvHeads, "past_sequence_length", spec.HeadSize);
            g.Input($"past_key_values.{i}.value", F, "batch_size", spec.NumKvHeads, "past_sequence_length", spec.HeadSize);
        }
        g.Output("logits", F, "batch_size", "sequence_length", weights.VocabSize);
        for (int i = 0; i < spec.NumLayers; i++)
        {
            g.Output($"present.{i}.key", F, "batch_size", spec.NumKvHeads, "total_sequence_length", spec.HeadSize);
            g.Output($"present.{i}.value", F, "batch_size", spec.NumKvHeads, "total_sequence_length", spec.HeadSize);
        }

        var embedTable = g.Initializer(TensorFactory.Float32("model.embed_tokens.weight", weights.Embedding, weights.VocabSize, spec.HiddenSize));
        var hidden = g.Node("Gather", "/model/embed_tokens/Gather").Inputs(embedTable, "input_ids").Output();
        var (seqlensK, totalLength) = parts.AttentionMaskInputs("attention_mask");
        var (cos, sin) = parts.RotaryCaches("cos_cache", "sin_cache");

        string residual = hidden, layerOutput = "";
        for (int i = 0; i < spec.NumLayers; i++)
        {
            var w = weights.Layers[i];
            var prefix = $"/model/layers.{i}";
            var normed = parts.InputNorm(i, hidden, layerOutput, ref residual, w.InputNorm);

            var qkv = parts.Linear($"{prefix}/attn/qkv_proj", normed, w.QkvProj!);
            var attention = g.Node("GroupQueryAttention", $"{prefix}/attn/GroupQueryAttention").Domain(Domains.Microsoft)
                .Inputs(qkv, "", "", $"past_key_values.{i}.key", $"past_key_values.{i}.value", seqlensK, totalLength, cos, sin)
                .Attr("num_heads", spec.NumHeads).Attr("kv_num_heads", spec.NumKvHeads)
                .Attr("scale", 1f / MathF.Sqrt(spec.HeadSize)).Attr("local_window_size", -1).Attr("softcap", 0f)
                .Attr("do_rotary", 1).Attr("rotary_interleaved", 0)
                .Outputs($"{prefix}/attn/GroupQueryAttention/output_0", $"present.{i}.key", $"present.{i}.value")[0];
            var attentionOut = parts.Linear($"{prefix}/attn/o_proj", attention, w.OProj!);

            (normed, residual) = parts.SkipRmsNorm($"{prefix}/post_attention_layernorm/SkipLayerNorm", attentionOut, residual, w.PostAttentionNorm, $"model.layers.{i}.post_attention_layernorm.weight");
            layerOutput = parts.SwiGluMlp($"{prefix}/mlp", normed, w.GateProj!, w.UpProj!, w.DownProj!);
        }

        var (final, _) = parts.SkipRmsNorm($"/model/layers.{spec.NumLayers}/final_norm_layernorm/SkipLayerNorm", layerOutput, residual, weights.FinalNorm, "model.norm.weight", needResidual: false);
        parts.Linear("/lm_head", final, weights.LmHead, outputName: "logits");
        return g.Build();
    }
}
