namespace QwenEval.Engine.Catalog;

/// <summary>Routed experts of a Qwen3.5 MoE model: experts per layer, experts per token, each expert's FFN width, and the shared expert's.</summary>
public sealed record MoeShape(int Experts, int ActiveExperts, int ExpertFfn, int SharedExpertFfn);

/// <summary>
/// The text decoder of one published Qwen3.5 model, in the Hugging Face config's terms (text_config). Layer i is full
/// attention when (i + 1) % FullAttentionInterval == 0, otherwise Gated DeltaNet (linear attention).
/// </summary>
/// <param name="Name">the model's name as published ("Qwen3.5-27B")</param>
/// <param name="Key">the short name the CLI accepts ("27b")</param>
/// <param name="Ffn">dense MLP width (intermediate_size); null for MoE models</param>
/// <param name="PublishedParameters">the parameter count published for the model's text weights</param>
/// <param name="MaxPositionEmbeddings">positions the checkpoint supports: an export's context_length, which sizes its rotary tables</param>
/// <param name="PartialRotaryFactor">share of each full-attention head that is rotated</param>
public sealed record Qwen35Model(
    string Name,
    string Key,
    int Layers,
    int Hidden,
    int Heads,
    int KvHeads,
    int HeadDim,
    int FullAttentionInterval,
    int LinearKeyHeads,
    int LinearValueHeads,
    int LinearKeyHeadDim,
    int LinearValueHeadDim,
    int ConvKernel,
    int? Ffn,
    MoeShape? Moe,
    int Vocab,
    bool TiedEmbeddings,
    long PublishedParameters,
    int MaxPositionEmbeddings = 262_144,
    double PartialRotaryFactor = 0.25)
{
    public string HfRepo => $"Qwen/{Name}";

    public bool IsMoe => Moe is not null;

    public bool IsFullAttention(int layer) => (layer + 1) % FullAttentionInterval == 0;

    public int FullAttentionLayers => Enumerable.Range(0, Layers).Count(IsFullAttention);

    public int LinearAttentionLayers => Layers - FullAttentionLayers;

    /// <summary>Indices of the full-attention layers (3, 7, 11, … with interval 4).</summary>
    public IReadOnlyList<int> FullAttentionLayerIndices => Enumerable.Range(0, Layers).Where(IsFullAttention).ToList();

    /// <summary>Channels of the DeltaNet causal convolution: query and key (K heads × key dim each) and value (V heads × value dim).</summary>
    public int ConvDim => 2 * LinearKeyHeads * LinearKeyHeadDim + LinearValueHeads * LinearValueHeadDim;

    /// <summary>Attention keys and values per token (all full-attention layers) in elements.</summary>
    public long KvElementsPerToken => (long)FullAttentionLayers * 2 * KvHeads * HeadDim;

    /// <summary>Gated DeltaNet state per sequence in elements, constant in length: conv state [conv_dim, K−1] and recurrent state [V heads, key dim, value dim] per linear layer.</summary>
    public long StateElements => (long)LinearAttentionLayers * ((long)ConvDim * (ConvKernel - 1) + (long)LinearValueHeads * LinearKeyHeadDim * LinearValueHeadDim);

    /// <summary>The text decoder's weight matrices and vectors, grouped the way an ONNX export stores them.</summary>
    public WeightInventory Weights() => WeightInventory.Of(this);

    /// <summary>Text parameters counted from the dimensions (embedding, layers, final norm, lm_head unless tied; no vision tower, no MTP layer).</summary>
    public long Parameters => Weights().Parameters(countTiedTwice: false);

    /// <summary>Parameters used per token: everything but the routed experts a token does not visit.</summary>
    public long ActiveParameters
    {
        get
        {
            if (Moe is not { } moe) return Parameters;
            var inactive = (long)Layers * (moe.Experts - moe.ActiveExperts) * 3L * Hidden * moe.ExpertFfn;
            return Parameters - inactive;
        }
    }

    /// <summary>Rotated dimensions per full-attention head.</summary>
    public int RotaryDim => (int)(HeadDim * PartialRotaryFactor);

    /// <summary>"64 (48 DeltaNet + 16 full)".</summary>
    public string LayerSummary => $"{Layers} ({LinearAttentionLayers} DeltaNet + {FullAttentionLayers} full)";

    public string FfnSummary => Moe is { } m
        ? $"{m.Experts} experts, top-{m.ActiveExperts}, {m.ExpertFfn} each; shared {m.SharedExpertFfn}"
        : $"dense {Ffn}";
}
