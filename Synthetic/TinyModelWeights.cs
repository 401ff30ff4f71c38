using QwenEval.Synthetic.Graph;

namespace QwenEval.Synthetic;

/// <summary>
/// A projection y = x·W (+ b) with W stored [In, Out] row-major. When quantized, <see cref="Weight"/> already holds
/// the dequantized values, so a reference forward pass computes exactly what MatMulNBits computes.
/// </summary>
public sealed record LinearWeight(int In, int Out, float[] Weight, float[]? Bias, Int4Weight? Quantized);

/// <summary>One routed expert's SwiGLU MLP: down(silu(x·Gate) * (x·Up)).</summary>
public sealed record ExpertWeights(float[] Gate, float[] Up, float[] Down);

/// <summary>The weights of one decoder layer; which members are set depends on the layer's kind.</summary>
public sealed class LayerWeights
{
    public required float[] InputNorm { get; init; }
    public required float[] PostAttentionNorm { get; init; }

    // qwen2: packed Q|K|V with bias. Qwen3.5 full attention: QProj holds Q and the output gate per head.
    public LinearWeight? QkvProj { get; init; }
    public LinearWeight? QProj { get; init; }
    public LinearWeight? KProj { get; init; }
    public LinearWeight? VProj { get; init; }
    public LinearWeight? OProj { get; init; }
    public float[]? QNorm { get; init; }
    public float[]? KNorm { get; init; }

    // Qwen3.5 Gated DeltaNet.
    public LinearWeight? InProjQkv { get; init; }
    public LinearWeight? InProjZ { get; init; }
    public LinearWeight? InProjB { get; init; }
    public LinearWeight? InProjA { get; init; }
    public LinearWeight? OutProj { get; init; }
    /// <summary>[conv_dim, 1, K] depthwise kernel.</summary>
    public float[]? ConvWeight { get; init; }
    public float[]? ConvBias { get; init; }
    public float[]? DtBias { get; init; }
    /// <summary>-exp(A_log) per value head, as the builder stores it.</summary>
    public float[]? NegExpA { get; init; }
    public float[]? GatedNorm { get; init; }

    // Dense MLP.
    public LinearWeight? GateProj { get; init; }
    public LinearWeight? UpProj { get; init; }
    public LinearWeight? DownProj { get; init; }

    // MoE.
    public LinearWeight? Router { get; init; }
    /// <summary>Routed experts; for int4 models these hold the dequantized values of <see cref="QuantizedExperts"/>.</summary>
    public IReadOnlyList<ExpertWeights>? Experts { get; init; }
    public QuantizedExperts? QuantizedExperts { get; init; }
    public LinearWeight? SharedGateProj { get; init; }
    public LinearWeight? SharedUpProj { get; init; }
    public LinearWeight? SharedDownProj { get; init; }
    public LinearWeight? SharedExpertGate { get; init; }
}

/// <summary>All weights of a synthetic model, drawn from a seeded PRNG in a fixed order.</summary>
public sealed class TinyModelWeights
{
    public required int VocabSize { get; init; }
    /// <summary>[vocab, hidden].</summary>
    public required float[] Embedding { get; init; }
    public required IReadOnlyList<LayerWeights> Layers { get; init; }
    public required float[] FinalNorm { get; init; }
    public required LinearWeight LmHead { get; init; }

    public static TinyModelWeights Generate(TinyModelSpec spec, int vocabSize)
    {
        spec.Validate();
        var rng = new WeightRandom(spec.Seed);
        int h = spec.HiddenSize;
        var embedding = rng.Uniform(vocabSize * h, 1f);
        var layers = new List<LayerWeights>();
        for (int i = 0; i < spec.NumLayers; i++) layers.Add(GenerateLayer(spec, i, rng));
        var finalNorm = rng.Around(h, 1f, 0.1f);
        var lmHead = Linear(rng, spec, h, vocabSize, bias: false, quantize: true, gain: 4f);
        return new TinyModelWeights { VocabSize = vocabSize, Embedding = embedding, Layers = layers, FinalNorm = finalNorm, LmHead = lmHead };
    }

    private static LayerWeights GenerateLayer(TinyModelSpec spec, int layer, WeightRandom rng)
    {
        int h = spec.HiddenSize, d = spec.HeadSize;
        var inputNorm = rng.Around(h, 1f, 0.1f);
        if (spec.Arch == SyntheticArch.Qwen2)
        {
            int qkv = (spec.NumHeads + 2 * spec.NumKvHeads) * d;
            return new LayerWeights
            {
                InputNorm = inputNorm,
                QkvProj = Linear(rng, spec, h, qkv, bias: true),
                OProj = Linear(rng, spec, spec.NumHeads * d, h),
                PostAttentionNorm = rng.Around(h, 1f, 0.1f),
                GateProj = Linear(rng, spec, h, spec.IntermediateSize),
                UpProj = Linear(rng, spec, h, spec.IntermediateSize),
                DownProj = Linear(rng, spec, spec.IntermediateSize, h),
            };
        }

        LayerWeights attention;
        if (spec.IsFullAttention(layer))
        {
            attention = new LayerWeights
            {
                InputNorm = inputNorm,
                PostAttentionNorm = [],
                QProj = Linear(rng, spec, h, spec.NumHeads * d * 2),
                KProj = Linear(rng, spec, h, spec.NumKvHeads * d),
                VProj = Linear(rng, spec, h, spec.NumKvHeads * d),
                QNorm = rng.Around(d, 1f, 0.1f),
                KNorm = rng.Around(d, 1f, 0.1f),
                OProj = Linear(rng, spec, spec.NumHeads * d, h),
            };
        }
        else
        {
            int nv = spec.LinearNumValueHeads;
            attention = new LayerWeights
            {
                InputNorm = inputNorm,
                PostAttentionNorm = [],
                InProjQkv = Linear(rng, spec, h, spec.LinearConvDim),
                InProjZ = Linear(rng, spec, h, spec.LinearValueDim),
                InProjB = Linear(rng, spec, h, nv),
                InProjA = Linear(rng, spec, h, nv),
                ConvWeight = rng.Uniform(spec.LinearConvDim * spec.LinearConvKernel, 0.5f),
                // The builder writes a zero conv bias (the checkpoint has none).
                ConvBias = new float[spec.LinearConvDim],
                DtBias = rng.Around(nv, 0f, 0.5f),
                NegExpA = rng.Around(nv, -0.5f, 0.4f),
                GatedNorm = rng.Around(spec.LinearValueHeadDim, 1f, 0.1f),
                OutProj = Linear(rng, spec, spec.LinearValueDim, h),
            };
        }
        var postNorm = rng.Around(h, 1f, 0.1f);
        if (spec.Arch == SyntheticArch.Qwen35)
        {
            return With(attention, postNorm, mlp: new LayerWeights
            {
                InputNorm = [],
                PostAttentionNorm = [],
                GateProj = Linear(rng, spec, h, spec.IntermediateSize),
                UpProj = Linear(rng, spec, h, spec.IntermediateSize),
                DownProj = Linear(rng, spec, spec.IntermediateSize, h),
            });
        }
        int e = spec.NumExperts, mi = spec.MoeIntermediateSize, si = spec.SharedExpertIntermediateSize;
        // The builder keeps the router and the shared-expert gate out of int4: rounding flips expert choice.
        var router = Linear(rng, spec, h, e, quantize: false, gain: 3f);
        var experts = new List<ExpertWeights>();
        for (int x = 0; x < e; x++)
        {
            experts.Add(new ExpertWeights(
                rng.Uniform(h * mi, Gain(h)), rng.Uniform(h * mi, Gain(h)), rng.Uniform(mi * h, Gain(mi))));
        }
        QuantizedExperts? quantized = null;
        IReadOnlyList<ExpertWeights> effective = experts;
        if (spec.Int4) (quantized, effective) = MoeExpertLayout.Quantize(experts, h, mi, spec.Int4BlockSize);
        return With(attention, postNorm, mlp: new LayerWeights
        {
            InputNorm = [],
            PostAttentionNorm = [],
            Router = router,
            Experts = effective,
            QuantizedExperts = quantized,
            SharedGateProj = Linear(rng, spec, h, si),
            SharedUpProj = Linear(rng, spec, h, si),
            SharedDownProj = Linear(rng, spec, si, h),
            SharedExpertGate = Linear(rng, spec, h, 1, quantize: false),
        });
    }

    private static LayerWeights With(LayerWeights attention, float[] postNorm, LayerWeights mlp) => new()
    {
        InputNorm = attention.InputNorm,
        PostAttentionNorm = postNorm,
        QProj = attention.QProj,
        KProj = attention.KProj,
        VProj = attention.VProj,
        OProj = attention.OProj,
        QNorm = attention.QNorm,
        KNorm = attention.KNorm,
        InProjQkv = attention.InProjQkv,
        InProjZ = attention.InProjZ,
        InProjB = attention.InProjB,
        InProjA = attention.InProjA,
        OutProj = attention.OutProj,
        ConvWeight = attention.ConvWeight,
        ConvBias = attention.ConvBias,
        DtBias = attention.DtBias,
        NegExpA = attention.NegExpA,
        GatedNorm = attention.GatedNorm,
        GateProj = mlp.GateProj,
        UpProj = mlp.UpProj,
        DownProj = mlp.DownProj,
        Router = mlp.Router,
        Experts = mlp.Experts,
        QuantizedExperts = mlp.QuantizedExperts,
        SharedGateProj = mlp.SharedGateProj,
        SharedUpProj = mlp.SharedUpProj,
        SharedDownProj = mlp.SharedDownProj,
        SharedExpertGate = mlp.SharedExpertGate,
    };

    /// <summary>Uniform bound giving outputs of roughly unit variance for unit-variance inputs.</summary>
    private static float Gain(int fanIn) => MathF.Sqrt(3f / fanIn);

    private static LinearWeight Linear(WeightRandom rng, TinyModelSpec spec, int inDim, int outDim,
        bool bias = false, bool quantize = true, float gain = 1f)
    {
        var weight = rng.Uniform(inDim * outDim, Gain(inDim) * gain);
        var b = bias ? rng.Uniform(outDim, 0.1f) : null;
        if (!(spec.Int4 && quantize)) return new LinearWeight(inDim, outDim, weight, b, null);
        var q = Int4BlockQuantizer.Quantize(weight, inDim, outDim, spec.Int4BlockSize);
        return new LinearWeight(inDim, outDim, q.Dequantized, b, q);
    }
}
