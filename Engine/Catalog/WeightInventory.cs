namespace QwenEval.Engine.Catalog;

/// <summary>How an export stores a group of weights.</summary>
public enum WeightGroupKind
{
    /// <summary>The token embedding: a Gather, left unquantized (the GenAI builder quantizes MatMul only by default).</summary>
    Embedding,

    /// <summary>A MatMul weight [K in, N out], quantized to MatMulNBits in int4/int8 exports.</summary>
    MatMul,

    /// <summary>Routed experts (QMoE in int4/int8 exports), [K in, N out] per expert matrix.</summary>
    Experts,

    /// <summary>Norm weights, convolution kernels, biases, decay parameters: kept in the activation dtype.</summary>
    Small,

    /// <summary>Constants an export adds that are not parameters: the rotary cos/sin tables (activation dtype).</summary>
    Constant,
}

/// <summary>Count matrices (or vectors) of shape [K, N] of one kind.</summary>
public sealed record WeightGroup(string Name, WeightGroupKind Kind, long K, long N, long Count)
{
    public long Elements => K * N * Count;
}

/// <summary>
/// The text decoder's weights as the Hugging Face modules define them (transformers models/qwen3_5/modeling_qwen3_5.py:
/// Qwen3_5Attention with the output gate doubling q_proj, Qwen3_5GatedDeltaNet in_proj_qkv/z/b/a, conv1d without bias,
/// dt_bias, A_log, a gated RMSNorm over the value head dim, out_proj; SwiGLU MLP or the sparse MoE block with a shared
/// expert and its sigmoid gate), and as an ONNX export keeps them: a tied embedding still gets its own lm_head MatMul
/// (onnxruntime-genai builders/base.py make_tied_embeddings_init shares them only with extra option shared_embeddings).
/// </summary>
public sealed record WeightInventory(IReadOnlyList<WeightGroup> Groups, bool TiedEmbeddings)
{
    public static WeightInventory Of(Qwen35Model m)
    {
        long h = m.Hidden, full = m.FullAttentionLayers, linear = m.LinearAttentionLayers, layers = m.Layers;
        long qDim = (long)m.Heads * m.HeadDim, kvDim = (long)m.KvHeads * m.HeadDim;
        long vDim = (long)m.LinearValueHeads * m.LinearValueHeadDim, nv = m.LinearValueHeads;
        var groups = new List<WeightGroup>
        {
            new("embed_tokens", WeightGroupKind.Embedding, m.Vocab, h, 1),
            new("lm_head", WeightGroupKind.MatMul, h, m.Vocab, 1),
            new("norms (input, post-attention, final)", WeightGroupKind.Small, 1, h, 2 * layers + 1),
            // Full attention: q_proj carries the query and its output gate (2 × heads × head_dim).
            new("self_attn.q_proj", WeightGroupKind.MatMul, h, 2 * qDim, full),
            new("self_attn.k_proj + v_proj", WeightGroupKind.MatMul, h, kvDim, 2 * full),
            new("self_attn.o_proj", WeightGroupKind.MatMul, qDim, h, full),
            new("self_attn.q_norm + k_norm", WeightGroupKind.Small, 1, m.HeadDim, 2 * full),
            // Gated DeltaNet.
            new("linear_attn.in_proj_qkv", WeightGroupKind.MatMul, h, m.ConvDim, linear),
            new("linear_attn.in_proj_z", WeightGroupKind.MatMul, h, vDim, linear),
            new("linear_attn.in_proj_b + in_proj_a", WeightGroupKind.MatMul, h, nv, 2 * linear),
            new("linear_attn.out_proj", WeightGroupKind.MatMul, vDim, h, linear),
            new("linear_attn.conv1d", WeightGroupKind.Small, m.ConvDim, m.ConvKernel, linear),
            new("linear_attn.dt_bias + A_log", WeightGroupKind.Small, 1, nv, 2 * linear),
            new("linear_attn.norm", WeightGroupKind.Small, 1, m.LinearValueHeadDim, linear),
            // cos_cache and sin_cache [context_length, rotary_dim / 2] (onnxruntime-genai builders/base.py make_rotary_embedding_caches,
            // cache_length = context_length, cast to the io dtype).
            new("rotary cos/sin caches", WeightGroupKind.Constant, m.MaxPositionEmbeddings, m.RotaryDim / 2, 2),
        };
        if (m.Moe is { } moe)
        {
            groups.Add(new("mlp.gate (router)", WeightGroupKind.MatMul, h, moe.Experts, layers));
            groups.Add(new("mlp.experts gate + up", WeightGroupKind.Experts, h, moe.ExpertFfn, 2L * moe.Experts * layers));
            groups.Add(new("mlp.experts down", WeightGroupKind.Experts, moe.ExpertFfn, h, (long)moe.Experts * layers));
            groups.Add(new("mlp.shared_expert gate + up", WeightGroupKind.MatMul, h, moe.SharedExpertFfn, 2 * layers));
            groups.Add(new("mlp.shared_expert down", WeightGroupKind.MatMul, moe.SharedExpertFfn, h, layers));
            groups.Add(new("mlp.shared_expert_gate", WeightGroupKind.Small, h, 1, layers));
        }
        else
        {
            var ffn = m.Ffn ?? throw new InvalidOperationException($"{m.Name}: a dense model needs its FFN width.");
            groups.Add(new("mlp.gate_proj + up_proj", WeightGroupKind.MatMul, h, ffn, 2 * layers));
            groups.Add(new("mlp.down_proj", WeightGroupKind.MatMul, ffn, h, layers));
        }
        return new WeightInventory(groups, m.TiedEmbeddings);
    }

    /// <summary>Parameters; with tied embeddings the lm_head is the embedding, counted once unless asked otherwise.</summary>
    public long Parameters(bool countTiedTwice) =>
        Groups.Where(g => g.Kind != WeightGroupKind.Constant).Sum(g => g.Elements)
        - (TiedEmbeddings && !countTiedTwice ? Groups.Single(g => g.Name == "lm_head").Elements : 0);
}
