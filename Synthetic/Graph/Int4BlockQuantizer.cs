namespace QwenEval.Synthetic.Graph;

/// <summary>
/// A weight quantized for com.microsoft.MatMulNBits (bits=4, symmetric, no zero points, so the kernel's
/// default zero point 8 applies), together with the exact float weight the kernel reconstructs.
/// </summary>
/// <param name="PackedWeight">uint8 [N, blocks, blockSize/2]: per output column, K values in blocks, low nibble first.</param>
/// <param name="Scales">float [N * blocks], one per column block.</param>
/// <param name="Dequantized">The float weight [K, N] row-major that MatMulNBits effectively multiplies by.</param>
public sealed record Int4Weight(int K, int N, int BlockSize, byte[] PackedWeight, float[] Scales, float[] Dequantized)
{
    public int BlocksPerColumn => (K + BlockSize - 1) / BlockSize;
}

/// <summary>Blockwise symmetric int4 quantization of a [K, N] MatMul weight, the layout MatMulNBits reads.</summary>
public static class Int4BlockQuantizer
{
    public static Int4Weight Quantize(float[] weightKxN, int k, int n, int blockSize = 32)
    {
        if (weightKxN.Length != k * n) throw new ArgumentException($"Weight has {weightKxN.Length} values, expected {k}x{n}.");
        if (blockSize < 16 || (blockSize & (blockSize - 1)) != 0) throw new ArgumentException("Block size must be a power of two >= 16.");
        int blocks = (k + blockSize - 1) / blockSize;
        int blobBytes = blockSize / 2;
        var packed = new byte[n * blocks * blobBytes];
        var scales = new float[n * blocks];
        var dequantized = new float[k * n];
        for (int col = 0; col < n; col++)
        {
            for (int b = 0; b < blocks; b++)
            {
                int start = b * blockSize, end = Math.Min(k, start + blockSize);
                float maxAbs = 0;
                for (int row = start; row < end; row++) maxAbs = Math.Max(maxAbs, Math.Abs(weightKxN[row * n + col]));
                // Symmetric around the implicit zero point 8: codes 1..15 cover [-7, 7] * scale.
                float scale = maxAbs > 0 ? maxAbs / 7f : 1f;
                scales[col * blocks + b] = scale;
                for (int row = start; row < end; row++)
                {
                    int code = (int)Math.Clamp(MathF.Round(weightKxN[row * n + col] / scale) + 8, 0, 15);
                    int inBlock = row - start;
                    int byteIndex = (col * blocks + b) * blobBytes + inBlock / 2;
                    packed[byteIndex] |= (byte)(inBlock % 2 == 0 ? code : code << 4);
                    dequantized[row * n + col] = (code - 8) * scale;
                }
                // Padding rows past K keep code 0; the kernel ignores them.
            }
        }
        return new Int4Weight(k, n, blockSize, packed, scales, dequantized);
    }
}
