using QwenEval.Synthetic.Graph;
using QwenEval.Engine.Onnx.Proto;

namespace QwenEval.Synthetic;

/// <summary>
/// The Qwen3.5 hybrid decoder as the GenAI builder (Qwen35TextModel / Qwen35MoeTextModel) writes it for CPU with
/// fp32 activations. Full-attention layers: gated Q projection, per-head Q/K RMSNorm, partial rotary
/// (com.microsoft RotaryEmbedding), GroupQueryAttention, sigmoid output gate. Gated DeltaNet layers:
/// CausalConvWithState + L2-normalized Q/K + LinearAttention (gated_delta) + gated RMSNorm, with conv and
/// recurrent states as inputs/outputs. MLP dense SwiGLU or MoE (com.microsoft MoE, top-k, swiglu) plus a
/// sigmoid-gated shared expert.
/// </summary>
public static class Qwen35DecoderGraph
{
    private const TensorProto.Types.DataType F = DecoderGraphParts.Float;

    public static ModelProto Build(TinyModelSpec spec, TinyModelWeights weights)
    {
        var g = new OnnxGraphBuilder().Opset(Domains.Onnx, 21).Opset(Domains.Microsoft, 1);
        var parts = new DecoderGraphParts(g, spec);
        DeclareInputsAndOutputs(g, spec, weights.VocabSize);

        string hidden;
        if (spec.SeparateEmbedding) hidden = "inputs_embeds";
        else
        {
            var table = g.Initializer(TensorFactory.Float32("model.embed_tokens.weight", weights.Embedding, weights.VocabSize, spec.HiddenSize));
            hidden = g.Node("Gather", "/model/embed_tokens/Gather").Inputs(table, "input_ids").Output();
        }
        var (seqlensK, totalLength) = parts.AttentionMaskInputs("attention_mask");
        var (cos, sin) = parts.RotaryCaches("model.rotary_emb.cos_cache", "model.rotary_emb.sin_cache");
        // Text tokens have equal temporal/height/width positions, so the temporal stream alone drives the
        // rotation; image grids (which would need the interleaved mRoPE sections) are outside this generator.
        var positions = spec.SeparateEmbedding
            ? g.Node("Gather", "/model/position_ids/Gather").Inputs("position_ids", g.ScalarInt64(0)).Attr("axis", 0).Output()
            : "position_ids";

        string residual = hidden, layerOutput = "";
        for (int i = 0; i < spec.NumLayers; i++)
        {
            var w = weights.Layers[i];
            var prefix = $"/model/layers.{i}";
            var normed = parts.InputNorm(i, hidden, layerOutput, ref residual, w.InputNorm);

            var attentionOut = spec.IsFullAttention(i)
                ? FullAttention(parts, spec, i, w, normed, positions, cos, sin, seqlensK, totalLength)
                : GatedDeltaNet(parts, spec, i, w, normed);

            (normed, residual) = parts.SkipRmsNorm($"{prefix}/post_attention_layernorm/SkipLayerNorm", attentionOut, residual, w.PostAttentionNorm, $"model.layers.{i}.post_attention_layernorm.weight");
            layerOutput = spec.Arch == SyntheticArch.Qwen35Moe
                ? MixtureOfExperts(parts, spec, i, w, normed)
                : parts.SwiGluMlp($"{prefix}/mlp", normed, w.GateProj!, w.UpProj!, w.DownProj!);
        }

        var (final, _) = parts.SkipRmsNorm($"/model/layers.{spec.NumLayers}/final_norm_layernorm/SkipLayerNorm", layerOutput, residual, weights.FinalNorm, "model.norm.weight", needResidual: false);
        parts.Linear("/lm_head", final, weights.LmHead, outputName: "logits");
        return g.Build();
    }

    private static void DeclareInputsAndOutputs(OnnxGraphBuilder g, TinyModelSpec spec, int vocab)
    {
        if (spec.SeparateEmbedding) g.Input("inputs_embeds", F, "batch_size", "sequence_length", spec.HiddenSize);
        else g.Input("input_ids", DecoderGraphParts.Int64, "batch_size", "sequence_length");
        g.Input("attention_mask", DecoderGraphParts.Int64, "batch_size", "total_sequence_length");
        if (spec.SeparateEmbedding) g.Input("position_ids", DecoderGraphParts.Int64, 3, "batch_size", "sequence_length");
        else g.Input("position_ids", DecoderGraphParts.Int64, "batch_size", "sequence_length");
        int k1 = spec.LinearConvKernel - 1;
        for (int i = 0; i < spec.NumLayers; i++)
        {
            if (spec.IsFullAttention(i))
            {
                g.Input($"past_key_values.{i}.key", F, "batch_size", spec.NumKvHeads, "past_sequence_length", spec.HeadSize);
                g.Input($"past_key_values.{i}.value", F, "batch_size", spec.NumKvHeads, "past_sequence_length", spec.HeadSize);
            }
            else
            {
                g.Input($"past_key_values.{i}.conv_state", F, "batch_size", spec.LinearConvDim, k1);
                g.Input($"past_key_values.{i}.recurrent_state", F, "batch_size", spec.LinearNumValueHeads, spec.LinearKeyHeadDim, spec.LinearValueHeadDim);
            }
        }
        g.Output("logits", F, "batch_size", "sequence_length", vocab);
        for (int i = 0; i < spec.NumLayers; i++)
        {
            if (spec.IsFullAttention(i))
            {
                g.Output($"present.{i}.key", F, "batch_size", spec.NumKvHeads, "total_sequence_length", spec.HeadSize);
                g.Output($"present.{i}.value", F, "batch_size", spec.NumKvHeads, "total_sequence_length", spec.HeadSize);
            }
            else
            {
                g.Output($"present.{i}.conv_state", F, "batch_size", spec.LinearConvDim, k1);
                g.Output($"present.{i}.recurrent_state", F, "batch_size", spec.LinearNumValueHeads, spec.LinearKeyHeadDim, spec.LinearValueHeadDim);
            }
        }
    }

    private static string FullAttention(DecoderGraphParts parts, TinyModelSpec spec, int layer, LayerWeights w,
        string input, string positions, string cos, string sin, string seqlensK, string totalLength)
    {
        var g = parts.Graph;
        var b = $"/model/layers.{layer}/attn";
        int n = spec.NumHeads, d = spec.HeadSize, qSize = n * d;
        // The Q projection yields [Q_h | gate_h] per head; split per head, then flatten both back.
        var qGate = parts.Linear($"{b}/q_proj", input, w.QProj!);
        var perHead = parts.Reshape($"{b}/q_gate_reshape/Reshape", qGate, 0, 0, n, 2 * d);
        var split = g.Node("Split", $"{b}/q_gate_split/Split").Inputs(perHead, g.ConstantInt64(d, d)).Attr("axis", -1).Outputs(2);
        var q = parts.Reshape($"{b}/q_reshape/Reshape", split[0], 0, 0, qSize);
        var gate = parts.Reshape($"{b}/gate_reshape/Reshape", split[1], 0, 0, qSize);
        var k = parts.Linear($"{b}/k_proj", input, w.KProj!);
        var v = parts.Linear($"{b}/v_proj", input, w.VProj!);

        q = HeadNorm(parts, $"{b}/q_norm", q, n, d, w.QNorm!, $"model.layers.{layer}.attn.q_norm.weight");
        k = HeadNorm(parts, $"{b}/k_norm", k, spec.NumKvHeads, d, w.KNorm!, $"model.layers.{layer}.attn.k_norm.weight");
        q = Rotary(g, $"{b}/q_rotary/RotaryEmbedding", q, positions, cos, sin, n, spec.RotaryDim);
        k = Rotary(g, $"{b}/k_rotary/RotaryEmbedding", k, positions, cos, sin, spec.NumKvHeads, spec.RotaryDim);

        var attention = g.Node("GroupQueryAttention", $"{b}/GroupQueryAttention").Domain(Domains.Microsoft)
            .Inputs(q, k, v, $"past_key_values.{layer}.key", $"past_key_values.{layer}.value", seqlensK, totalLength)
            .Attr("num_heads", n).Attr("kv_num_heads", spec.NumKvHeads)
            .Attr("scale", 1f / MathF.Sqrt(d)).Attr("local_window_size", -1).Attr("softcap", 0f)
            .Attr("do_rotary", 0).Attr("rotary_interleaved", 0)
            .Outputs($"{b}/GroupQueryAttention/output_0", $"present.{layer}.key", $"present.{layer}.value")[0];
        var sigmoid = g.Node("Sigmoid", $"{b}/gate/Sigmoid").Inputs(gate).Output();
        var gated = g.Node("Mul", $"{b}/gate/Mul").Inputs(attention, sigmoid).Output();
        return parts.Linear($"{b}/o_proj", gated, w.OProj!);
    }

    private static string HeadNorm(DecoderGraphParts parts, string basename, string input, int heads, int headSize, float[] weight, string weightName)
    {
        var perHead = parts.Reshape($"{basename}/Reshape", input, 0, 0, heads, headSize);
        var normed = parts.RmsNorm($"{basename}/SimplifiedLayerNormalization", perHead, weight, weightName);
        return parts.Reshape($"{basename}/Reshape_1", normed, 0, 0, heads * headSize);
    }

    private static string Rotary(OnnxGraphBuilder g, string name, string input, string positions, string cos, string sin, int heads, int rotaryDim) =>
        g.Node("RotaryEmbedding", name).Domain(Domains.Microsoft).Inputs(input, positions, cos, sin)
            .Attr("interleaved", 0).Attr("num_heads", heads).Attr("rotary_embedding_dim", rotaryDim).Output();

    private static string GatedDeltaNet(DecoderGraphParts parts, TinyModelSpec spec, int layer, LayerWeights w, string input)
    {
        var g = parts.Graph;
        var b = $"/model/layers.{layer}/linear_attn";
        var param = $"model.layers.{layer}.linear_attn";
        int nk = spec.LinearNumKeyHeads, nv = spec.LinearNumValueHeads, dk = spec.LinearKeyHeadDim, dv = spec.LinearValueHeadDim;
        int convDim = spec.LinearConvDim;

        var qkv = parts.Linear($"{b}/in_proj_qkv", input, w.InProjQkv!);
        var z = parts.Linear($"{b}/in_proj_z", input, w.InProjZ!);
        var beta = parts.Linear($"{b}/in_proj_b", input, w.InProjB!);
        var a = parts.Linear($"{b}/in_proj_a", input, w.InProjA!);

        var channelsFirst = g.Node("Transpose", $"{b}/qkv_transpose/Transpose").Inputs(qkv).AttrInts("perm", 0, 2, 1).Output();
        var convWeight = g.Initializer(TensorFactory.Float32($"{param}.conv1d.weight", w.ConvWeight!, convDim, 1, spec.LinearConvKernel));
        var convBias = g.Initializer(TensorFactory.Float32($"{param}.conv1d.bias", w.ConvBias!, convDim));
        var conv = g.Node("CausalConvWithState", $"{b}/CausalConvWithState").Domain(Domains.Microsoft)
            .Inputs(channelsFirst, convWeight, convBias, $"past_key_values.{layer}.conv_state")
            .Attr("ndim", 1).Attr("activation", "silu")
            .Outputs($"{b}/CausalConvWithState/output_0", $"present.{layer}.conv_state")[0];
        var convOut = g.Node("Transpose", $"{b}/conv_out/Transpose").Inputs(conv).AttrInts("perm", 0, 2, 1).Output();

        var split = g.Node("Split", $"{b}/split_qkv/Split").Inputs(convOut, g.ConstantInt64(nk * dk, nk * dk, nv * dv)).Attr("axis", -1).Outputs(3);
        var q = L2NormPerHead(parts, $"{b}/q_l2norm", split[0], nk, dk);
        var k = L2NormPerHead(parts, $"{b}/k_l2norm", split[1], nk, dk);
        var qScale = g.HasInitializer("model.constants.q_scale") ? "model.constants.q_scale"
            : g.Initializer(TensorFactory.Float32("model.constants.q_scale", [1f / MathF.Sqrt(dk)], 1));
        q = g.Node("Mul", $"{b}/q_scaled/Mul").Inputs(q, qScale).Output();

        var betaOut = g.Node("Sigmoid", $"{b}/beta/Sigmoid").Inputs(beta).Output();
        var dtBias = g.Initializer(TensorFactory.Float32($"{param}.dt_bias", w.DtBias!, nv));
        var negExpA = g.Initializer(TensorFactory.Float32($"{param}.neg_exp_A", w.NegExpA!, nv));
        var shifted = g.Node("Add", $"{b}/decay/Add").Inputs(a, dtBias).Output();
        var softplus = g.Node("Softplus", $"{b}/decay/Softplus").Inputs(shifted).Output();
        var decay = g.Node("Mul", $"{b}/decay/Mul").Inputs(negExpA, softplus).Output();

        var attention = g.Node("LinearAttention", $"{b}/LinearAttention").Domain(Domains.Microsoft)
            .Inputs(q, k, split[2], $"past_key_values.{layer}.recurrent_state", decay, betaOut)
            .Attr("q_num_heads", nk).Attr("kv_num_heads", nv).Attr("update_rule", "gated_delta").Attr("scale", 1f)
            .Outputs($"{b}/LinearAttention/output_0", $"present.{layer}.recurrent_state")[0];

        // Gated RMSNorm per value head (weight without the +1 offset), times silu(z).
        var perHead = parts.Reshape($"{b}/gated_norm/input_flat/Reshape", attention, 0, 0, nv, dv);
        var normed = parts.RmsNorm($"{b}/gated_norm/SimplifiedLayerNormalization", perHead, w.GatedNorm!, $"{param}.norm.weight");
        var flat = parts.Reshape($"{b}/gated_norm/norm_unflat/Reshape", normed, 0, 0, nv * dv);
        var gate = parts.Silu($"{b}/gated_norm/z_silu", z);
        var gated = g.Node("Mul", $"{b}/gated_norm/gated/Mul").Inputs(flat, gate).Output();
        return parts.Linear($"{b}/out_proj", gated, w.OutProj!);
    }

    private static string L2NormPerHead(DecoderGraphParts parts, string basename, string input, int heads, int headDim)
    {
        var perHead = parts.Reshape($"{basename}/flat/Reshape", input, 0, 0, heads, headDim);
        var normed = parts.Graph.Node("LpNormalization", $"{basename}/LpNormalization").Inputs(perHead).Attr("axis", -1).Attr("p", 2).Output();
        return parts.Reshape($"{basename}/unflat/Reshape", normed, 0, 0, heads * headDim);
    }

    private static string MixtureOfExperts(DecoderGraphParts parts, TinyModelSpec spec, int layer, LayerWeights w, string input)
    {
        var g = parts.Graph;
        var b = $"/model/layers.{layer}/moe";
        var param = $"model.layers.{layer}.moe";
        int e = spec.NumExperts, h = spec.HiddenSize, inter = spec.MoeIntermediateSize;
        var routerLogits = parts.Linear($"{b}/router", input, w.Router!);
        var routerProbs = parts.Reshape($"{b}/router/Reshape", routerLogits, -1, e);

        var fc1Bias = g.Initializer(TensorFactory.Float32($"{param}.experts.gate_up_proj.bias", new float[e * 2 * inter], e, 2 * inter));
        var fc2Bias = g.Initializer(TensorFactory.Float32($"{param}.experts.down_proj.bias", new float[e * h], e, h));
        string routed;
        if (w.QuantizedExperts is { } q)
        {
            // int4 builds use QMoE with blockwise symmetric scales, as the builder does for CPU.
            int bs = q.BlockSize;
            var fc1 = g.Initializer(TensorFactory.UInt8($"{param}.experts.gate_up_proj.qweight", q.Fc1, e, 2 * inter, h / 2));
            var fc1Scales = g.Initializer(TensorFactory.Float32($"{param}.experts.gate_up_proj.scales", q.Fc1Scales, e, 2 * inter, (h + bs - 1) / bs));
            var fc2 = g.Initializer(TensorFactory.UInt8($"{param}.experts.down_proj.qweight", q.Fc2, e, h, inter / 2));
            var fc2Scales = g.Initializer(TensorFactory.Float32($"{param}.experts.down_proj.scales", q.Fc2Scales, e, h, (inter + bs - 1) / bs));
            routed = g.Node("QMoE", $"{b}/QMoE").Domain(Domains.Microsoft)
                .Inputs(input, routerProbs, fc1, fc1Scales, fc1Bias, fc2, fc2Scales, fc2Bias)
                .Attr("activation_alpha", 1f).Attr("activation_beta", 0f).Attr("activation_type", "swiglu")
                .Attr("expert_weight_bits", 4).Attr("k", spec.NumExpertsPerToken).Attr("normalize_routing_weights", 1)
                .Attr("swiglu_fusion", 1).Attr("use_sparse_mixer", 0).Attr("block_size", bs)
                .Output();
        }
        else
        {
            var fc1 = g.Initializer(TensorFactory.Float32($"{param}.experts.gate_up_proj.weight", MoeExpertLayout.Fc1(w.Experts!, h, inter), e, 2 * inter, h));
            var fc2 = g.Initializer(TensorFactory.Float32($"{param}.experts.down_proj.weight", MoeExpertLayout.Fc2(w.Experts!, h, inter), e, h, inter));
            routed = g.Node("MoE", $"{b}/MoE").Domain(Domains.Microsoft)
                .Inputs(input, routerProbs, fc1, fc1Bias, fc2, fc2Bias)
                .Attr("activation_alpha", 1f).Attr("activation_beta", 0f).Attr("activation_type", "swiglu")
                .Attr("k", spec.NumExpertsPerToken).Attr("normalize_routing_weights", 1).Attr("swiglu_fusion", 1).Attr("use_sparse_mixer", 0)
                .Output();
        }

        var shared = parts.SwiGluMlp($"/model/layers.{layer}/shared_expert", input, w.SharedGateProj!, w.SharedUpProj!, w.SharedDownProj!);
        var sharedGateLogit = parts.Linear($"/model/layers.{layer}/shared_expert_gate", input, w.SharedExpertGate!);
        var sharedGate = g.Node("Sigmoid", $"/model/layers.{layer}/shared_expert_gate/Sigmoid").Inputs(sharedGateLogit).Output();
        // CPU builds use com.microsoft GatedAdd here; Mul + Add computes the same and needs no newer kernel.
        var gatedShared = g.Node("Mul", $"/model/layers.{layer}/shared_expert/gate/Mul").Inputs(shared, sharedGate).Output();
        return g.Node("Add", $"{b}/Add").Inputs(routed, gatedShared).Output();
    }
}
