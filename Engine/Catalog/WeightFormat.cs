namespace QwenEval.Engine.Catalog;

/// <summary>How an ONNX Runtime GenAI export stores the weights: the builder's --precision.</summary>
public enum WeightFormat
{
    Int4,
    Int8,
    Fp16,
    Bf16,
}

public static class WeightFormats
{
    /// <summary>The formats the fit table shows.</summary>
    public static readonly IReadOnlyList<WeightFormat> FitTable = [WeightFormat.Int4, WeightFormat.Int8, WeightFormat.Fp16];

    /// <summary>
    /// MatMulNBits block size: the builder's default (onnxruntime-genai src/python/py/models/builders/quant_config.py,
    /// WeightsConfig.block_size = 32; MoEConfig.block_size 32 off TRT-RTX).
    /// </summary>
    public const int BlockSize = 32;

    /// <summary>
    /// MatMulNBits accuracy_level for CPU exports (quant_config.py: "accuracy_level", 4 if execution_provider in
    /// ("cpu", "webgpu") else 0): int8 compute, which MLAS prepacks with float scales and block sums.
    /// </summary>
    public const int CpuAccuracyLevel = 4;

    public static string Name(this WeightFormat f) => f switch
    {
        WeightFormat.Int4 => "int4",
        WeightFormat.Int8 => "int8",
        WeightFormat.Fp16 => "fp16",
        _ => "bf16",
    };

    public static WeightFormat? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "int4" or "q4" => WeightFormat.Int4,
        "int8" or "q8" => WeightFormat.Int8,
        "fp16" or "float16" => WeightFormat.Fp16,
        "bf16" or "bfloat16" => WeightFormat.Bf16,
        _ => null,
    };

    /// <summary>Bits per quantized MatMul or expert weight.</summary>
    public static int Bits(this WeightFormat f) => f switch
    {
        WeightFormat.Int4 => 4,
        WeightFormat.Int8 => 8,
        _ => 16,
    };

    public static bool IsQuantized(this WeightFormat f) => f is WeightFormat.Int4 or WeightFormat.Int8;

    /// <summary>
    /// Bytes per element of activations, KV cache, states, scales and unquantized weights (the io dtype). For CPU, int4
    /// and int8 exports run in fp32 (onnxruntime-genai src/python/py/models/builder.py set_io_dtype: "cpu_quant =
    /// precision in {int4, int8} and execution_provider == cpu" → FLOAT); and the CPU LinearAttention and
    /// CausalConvWithState kernels are float-only, so a Qwen3.5 folder that runs on CPU has fp32 activations.
    /// fp16 and bf16 exports use 2-byte activations.
    /// </summary>
    public static int IoBytes(this WeightFormat f) => f.IsQuantized() ? 4 : 2;

    /// <summary>Logits are float when the io dtype is bf16 (onnxruntime-genai builders, "logits io_dtype, fp32 when io is bf16").</summary>
    public static int LogitsBytes(this WeightFormat f) => f == WeightFormat.Bf16 ? 4 : f.IoBytes();
}
