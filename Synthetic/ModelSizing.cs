namespace QwenEval.Synthetic;

/// <summary>
/// The size knob: picks dimensions so a generated folder's weights come to about a requested number of bytes
/// (for memory measurements), keeping the architecture's proportions. Big folders keep initializers in
/// external data, as real exports do.
/// </summary>
public static class ModelSizing
{
    public const long ExternalDataThresholdBytes = 1024;

    /// <summary>The smallest hidden size (a multiple of 64) whose weights reach <paramref name="targetBytes"/>.</summary>
    public static TinyModelSpec ForTargetBytes(TinyModelSpec baseSpec, long targetBytes, int vocabSize)
    {
        if (targetBytes <= 0) throw new ArgumentOutOfRangeException(nameof(targetBytes), "The target size must be positive.");
        TinyModelSpec spec = Scaled(baseSpec, 64);
        for (int hidden = 64; hidden <= 16384; hidden += 64)
        {
            spec = Scaled(baseSpec, hidden);
            if (WeightBytes(spec, vocabSize) >= targetBytes) break;
        }
        return spec with { ExternalDataThresholdBytes = ExternalDataThresholdBytes };
    }

    private static TinyModelSpec Scaled(TinyModelSpec s, int hidden)
    {
        int heads = Math.Max(2, hidden / 64);
        int kvHeads = heads % 4 == 0 ? heads / 4 : heads % 2 == 0 ? heads / 2 : heads;
        int linearHeads = Math.Max(1, hidden / 128);
        return s with
        {
            HiddenSize = hidden,
            NumLayers = s.IsQwen35 ? 8 : 4,
            NumHeads = heads,
            NumKvHeads = kvHeads,
            HeadSize = 64,
            IntermediateSize = 3 * hidden,
            LinearNumKeyHeads = linearHeads,
            LinearNumValueHeads = linearHeads,
            LinearKeyHeadDim = 64,
            LinearValueHeadDim = 64,
            NumExperts = 8,
            NumExpertsPerToken = 2,
            MoeIntermediateSize = hidden / 2,
            SharedExpertIntermediateSize = hidden / 2,
        };
    }

    /// <summary>Bytes of all weights as stored: fp32, or int4 plus one fp32 scale per block for quantized MatMuls.</summary>
    public static long WeightBytes(TinyModelSpec s, int vocabSize)
    {
        long h = s.HiddenSize, d = s.HeadSize;
        long quantizable = vocabSize * h; // lm_head
        long plain = vocabSize * h + h;   // embedding, final norm
        for (int i = 0; i < s.NumLayers; i++)
        {
            plain += 2 * h;
            if (s.Arch == SyntheticArch.Qwen2)
            {
                quantizable += h * (s.NumHeads + 2 * s.NumKvHeads) * d + s.NumHeads * d * h;
                plain += (s.NumHeads + 2 * s.NumKvHeads) * d;
            }
            else if (s.IsFullAttention(i))
            {
                quantizable += h * 2 * s.NumHeads * d + 2 * h * s.NumKvHeads * d + s.NumHeads * d * h;
                plain += 2 * d;
            }
            else
            {
                long nv = s.LinearNumValueHeads;
                quantizable += h * (s.LinearConvDim + s.LinearValueDim + 2 * nv) + s.LinearValueDim * h;
                plain += s.LinearConvDim * (s.LinearConvKernel + 1) + 2 * nv + s.LinearValueHeadDim;
            }
            if (s.Arch == SyntheticArch.Qwen35Moe)
            {
                // Router, shared-expert gate and expert biases stay fp32; routed experts go to QMoE when int4.
                plain += h * s.NumExperts + h + (long)s.NumExperts * (2 * s.MoeIntermediateSize + h);
                quantizable += (long)s.NumExperts * 3 * h * s.MoeIntermediateSize + 3 * h * s.SharedExpertIntermediateSize;
            }
            else quantizable += 3 * h * s.IntermediateSize;
        }
        double perQuantized = s.Int4 ? 0.5 + 4.0 / s.Int4BlockSize : 4;
        return 4 * plain + (long)(quantizable * perQuantized);
    }
}
