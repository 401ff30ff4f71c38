namespace QwenEval.Engine.Footprint;

/// <summary>How one kind of weight is held in memory once ONNX Runtime has loaded and prepared the model.</summary>
public enum WeightKind
{
    /// <summary>Packed 4- or 8-bit MatMul weights (com.microsoft MatMulNBits input B).</summary>
    NBitsWeight,

    /// <summary>MatMulNBits block scales (and zero points).</summary>
    NBitsScales,

    /// <summary>Float MatMul weights (a constant B input).</summary>
    MatMulWeight,

    /// <summary>Routed expert weights of com.microsoft MoE / QMoE (and their scales).</summary>
    ExpertWeight,

    /// <summary>Everything else: embeddings, norms, convolution kernels, biases, small constants.</summary>
    Other,
}

/// <summary>The CPU family whose ONNX Runtime (MLAS) packing rules a prediction uses.</summary>
public enum CpuFamily
{
    X64,

    /// <summary>Apple silicon and other 64-bit ARM.</summary>
    Arm64,
}

/// <summary>
/// Bytes a weight takes in the process once the session is ready. Each rule is what this ONNX Runtime build
/// (Microsoft.ML.OnnxRuntime 1.31, CPU provider) was measured to do with weights in external data; see
/// Tests/Footprint/MeasuredFootprintTests and the README section "Qwen3.5 models and memory".
/// </summary>
public static class WeightResidency
{
    /// <summary>This process's CPU family.</summary>
    public static CpuFamily Host =>
        System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? CpuFamily.Arm64 : CpuFamily.X64;

    /// <summary>
    /// Bytes of a MatMulNBits weight [N, K] once MLAS has prepacked it. With accuracy_level 4 (int8 compute, the GenAI
    /// builder's CPU default: onnxruntime-genai src/python/py/models/builders/quant_config.py, "accuracy_level", 4 if
    /// execution_provider in ("cpu", "webgpu")) the packed size depends on the CPU (MLAS QNBitGemmPackQuantBDataSize):
    /// <list type="bullet">
    /// <item>x64 (onnxruntime/core/mlas/lib/sqnbitgemm_kernel_avx_common.h, SQ4BitGemmPackQuantBDataSize for CompInt8):
    /// the quantized blocks, a float scale per block and a float block sum per block, rows padded to 16. Measured here:
    /// with the original scales, which the kernel keeps as an input, 0.875 bytes per int4 weight
    /// (Tests/Footprint/MeasuredFootprintTests).</item>
    /// <item>arm64, 4-bit (onnxruntime/core/mlas/lib/qnbitgemm_kernel_neon.cpp): the blocks alone, or in builds with
    /// KleidiAI, when the block is a multiple of 32 dividing K (UseKleidiAI; Apple silicon has the dot-product
    /// instructions it needs), kai rhs_pack_nxk_qsi4c32p_qsu4c32s1s0: per row, each block's 4-bit data and a bf16
    /// scale, plus a float sum and a float bias, rows padded to nr (4). The larger, KleidiAI's, is used. From the
    /// sources, not measured.</item>
    /// <item>arm64, 8-bit (the same file): blocks, scales and two block sums (the unsigned-A kernels keep a second).</item>
    /// </list>
    /// Other accuracy levels keep the blocks alone.
    /// </summary>
    public static long PackedNBitsBytes(long n, long k, int bits, int blockSize, int accuracyLevel, CpuFamily cpu)
    {
        var blocksPerRow = (k + blockSize - 1) / blockSize;
        var blockBytes = blockSize * bits / 8;
        var data = n * blocksPerRow * blockBytes;
        if (accuracyLevel != 4) return data;
        if (cpu == CpuFamily.Arm64 && bits == 4)
        {
            if (blockSize % 32 != 0 || k % blockSize != 0) return data;
            const int nr = 4, bf16 = 2, sumAndBias = 8;
            return (n + nr - 1) / nr * nr * (blocksPerRow * (blockBytes + bf16) + sumAndBias);
        }
        var scales = n * blocksPerRow * 4;
        var blockSums = (n + 15) / 16 * 16 * blocksPerRow * 4;
        return data + scales + blockSums * (cpu == CpuFamily.Arm64 ? 2 : 1);
    }

    /// <summary>Sorts each initializer of a graph by the node that consumes it (first consumer wins).</summary>
    public static IReadOnlyDictionary<string, (WeightKind Kind, OnnxNode? Node)> Classify(OnnxMetadata model)
    {
        var names = new HashSet<string>(model.Initializers.Select(i => i.Name), StringComparer.Ordinal);
        var result = new Dictionary<string, (WeightKind, OnnxNode?)>(StringComparer.Ordinal);
        foreach (var node in model.Nodes)
        {
            for (var i = 0; i < node.Inputs.Count; i++)
            {
                var input = node.Inputs[i];
                if (!names.Contains(input) || result.ContainsKey(input)) continue;
                var kind = node.OpType switch
                {
                    "MatMulNBits" when i == 1 => WeightKind.NBitsWeight,
                    "MatMulNBits" when i is 2 or 3 => WeightKind.NBitsScales,
                    "MatMul" or "Gemm" when i == 1 => WeightKind.MatMulWeight,
                    "MoE" or "QMoE" when i >= 2 => WeightKind.ExpertWeight,
                    _ => WeightKind.Other,
                };
                result[input] = (kind, node);
            }
        }
        foreach (var name in names) result.TryAdd(name, (WeightKind.Other, null));
        return result;
    }
}
