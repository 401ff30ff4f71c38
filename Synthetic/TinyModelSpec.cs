namespace QwenEval.Synthetic;

/// <summary>The decoder families the generator can write.</summary>
public enum SyntheticArch
{
    /// <summary>GenAI type "qwen2": GroupQueryAttention with rotary inside, packed QKV with bias, dense SwiGLU MLP.</summary>
    Qwen2,

    /// <summary>Qwen3.5 hybrid: Gated DeltaNet layers plus every n-th full-attention layer, dense MLP.</summary>
    Qwen35,

    /// <summary>Qwen3.5 hybrid with a routed MoE (top-k) plus shared expert in every layer.</summary>
    Qwen35Moe,
}

/// <summary>
/// Every size and switch of one synthetic model. Defaults describe the small default folder; the names follow
/// the Hugging Face config fields they stand for.
/// </summary>
public sealed record TinyModelSpec
{
    public SyntheticArch Arch { get; init; } = SyntheticArch.Qwen2;

    /// <summary>Qwen3.5 only: true writes the "qwen3_5" layout (separate embedding model, decoder takes inputs_embeds).</summary>
    public bool SeparateEmbedding { get; init; }

    public int HiddenSize { get; init; } = 64;
    public int NumLayers { get; init; } = 2;
    public int NumHeads { get; init; } = 4;
    public int NumKvHeads { get; init; } = 2;
    public int HeadSize { get; init; } = 16;
    public int IntermediateSize { get; init; } = 256;
    public int ContextLength { get; init; } = 2048;
    public float RopeTheta { get; init; } = 1_000_000f;
    public float RmsNormEps { get; init; } = 1e-6f;

    /// <summary>Qwen3.5: fraction of each full-attention head that is rotated.</summary>
    public float PartialRotaryFactor { get; init; } = 0.25f;

    /// <summary>Qwen3.5: layer i is full attention when (i + 1) % interval == 0.</summary>
    public int FullAttentionInterval { get; init; } = 4;

    public int LinearNumKeyHeads { get; init; } = 2;
    public int LinearNumValueHeads { get; init; } = 2;
    public int LinearKeyHeadDim { get; init; } = 16;
    public int LinearValueHeadDim { get; init; } = 16;
    public int LinearConvKernel { get; init; } = 4;

    public int NumExperts { get; init; } = 4;
    public int NumExpertsPerToken { get; init; } = 2;
    public int MoeIntermediateSize { get; init; } = 64;
    public int SharedExpertIntermediateSize { get; init; } = 64;

    /// <summary>MatMul weights as int4 MatMulNBits instead of fp32 MatMul.</summary>
    public bool Int4 { get; init; }

    public int Int4BlockSize { get; init; } = 32;

    /// <summary>
    /// MatMulNBits accuracy_level. 4 (int8 activations) is the builder's default for CPU; 0 computes in fp32 and
    /// matches a dequantized reference exactly, which tests use.
    /// </summary>
    public int Int4AccuracyLevel { get; init; } = 4;

    /// <summary>Written to genai_config.json's search.past_present_share_buffer; the graph is the same either way.</summary>
    public bool PastPresentShareBuffer { get; init; } = true;

    public ulong Seed { get; init; } = 1;

    /// <summary>Initializers of at least this many bytes go to model.onnx.data; null keeps them inline.</summary>
    public long? ExternalDataThresholdBytes { get; init; }

    public bool IsQwen35 => Arch is SyntheticArch.Qwen35 or SyntheticArch.Qwen35Moe;

    public bool IsFullAttention(int layer) => !IsQwen35 || (layer + 1) % FullAttentionInterval == 0;

    public int LinearKeyDim => LinearNumKeyHeads * LinearKeyHeadDim;
    public int LinearValueDim => LinearNumValueHeads * LinearValueHeadDim;
    public int LinearConvDim => 2 * LinearKeyDim + LinearValueDim;

    /// <summary>Rotated dims per head: all of it for qwen2, the partial share for Qwen3.5.</summary>
    public int RotaryDim => IsQwen35 ? (int)(HeadSize * PartialRotaryFactor) : HeadSize;

    /// <summary>The GenAI config "type".</summary>
    public string GenAiType => Arch switch
    {
        SyntheticArch.Qwen2 => "qwen2",
        SyntheticArch.Qwen35 => SeparateEmbedding ? "qwen3_5" : "qwen3_5_text",
        _ => SeparateEmbedding ? "qwen3_5_moe" : "qwen3_5_moe_text",
    };

    public IReadOnlyList<string> LayerTypes =>
        Enumerable.Range(0, NumLayers).Select(i => IsFullAttention(i) ? "full_attention" : "linear_attention").ToList();

    /// <summary>Throws with a readable message when sizes do not fit together.</summary>
    public void Validate()
    {
        static void Require(bool ok, string message)
        {
            if (!ok) throw new ArgumentException(message);
        }
        Require(HiddenSize > 0 && NumLayers > 0 && IntermediateSize > 0, "Sizes must be positive.");
        Require(NumHeads % NumKvHeads == 0, "num_attention_heads must be a multiple of num_key_value_heads.");
        Require(HeadSize % 2 == 0 && RotaryDim % 2 == 0 && RotaryDim > 0, "Rotary dimension must be even and positive.");
        Require(!(Arch == SyntheticArch.Qwen2 && SeparateEmbedding), "The separate embedding model exists for Qwen3.5 only.");
        Require(NumExpertsPerToken <= NumExperts, "num_experts_per_tok must not exceed num_experts.");
        Require(LinearNumValueHeads % LinearNumKeyHeads == 0, "linear value heads must be a multiple of linear key heads.");
        if (Int4)
        {
            Require(Int4BlockSize >= 16 && (Int4BlockSize & (Int4BlockSize - 1)) == 0, "int4 block size must be a power of two >= 16.");
        }
    }
}
