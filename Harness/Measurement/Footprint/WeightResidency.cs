namespace QwenEval.Harness.Measurement.Footprint;

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

/// <summary>
/// Bytes a weight takes in the process once the session is ready. Each rule is what this ONNX Runtime build
/// (Microsoft.ML.OnnxRuntime 1.31, CPU provider) was measured to do with weights in external data; see
/// Tests/Footprint/MeasuredFootprintTests and the README section "Qwen3.5 models and memory".
/// </summary>
public static class WeightResidency
{
    /// <summary>
    /// MatMulNBits with accuracy_level 4 (int8 compute, the GenAI builder's CPU default: onnxruntime-genai
    /// src/python/py/models/builders/quant_config.py, "accuracy_level 4 if execution_provider in (cpu, webgpu)")
    /// is prepacked by MLAS (onnxruntime/core/mlas/lib/qnbitgemm.cpp, the CompInt8 packed size): the quantized
    /// blocks, a float scale per block and a float block sum per block (rows padded to 16) in one buffer.
    /// The original scales initializer stays alive beside it (the kernel keeps it as an input).
    /// </summary>
    public static long PackedNBitsBytes(long n, long k, int bits, int blockSize, int accuracyLevel)
    {
        var blocksPerRow = (k + blockSize - 1) / blockSize;
        var blockBytes = blockSize * bits / 8;
        var data = n * blocksPerRow * blockBytes;
        if (accuracyLevel != 4) return data;
        var scales = n * blocksPerRow * 4;
        var blockSums = (n + 15) / 16 * 16 * blocksPerRow * 4;
        return data + scales + blockSums;
    }

    /// <summary>Resident bytes per stored byte for the other kinds (1: held once, as stored or as one packed copy).</summary>
    public static double Factor(WeightKind kind) => kind switch
    {
        _ => 1.0,
    };

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
