using QwenEval.Synthetic.Graph;

namespace QwenEval.Synthetic;

/// <summary>Routed expert weights in the int4 QMoE layout the builder writes for CPU (symmetric, blockwise).</summary>
/// <param name="Fc1">uint8 [E, 2*inter, hidden/2]; <paramref name="Fc1Scales"/> [E, 2*inter, hidden/block].</param>
/// <param name="Fc2">uint8 [E, hidden, inter/2]; <paramref name="Fc2Scales"/> [E, hidden, inter/block].</param>
public sealed record QuantizedExperts(int BlockSize, byte[] Fc1, float[] Fc1Scales, byte[] Fc2, float[] Fc2Scales);

/// <summary>
/// Converts between the per-expert [in, out] weights and ONNX Runtime's MoE layout: fc1 [E, 2*inter, hidden]
/// with gate and up rows interleaved (swiglu_fusion=1), fc2 [E, hidden, inter]; and quantizes that layout for QMoE.
/// </summary>
public static class MoeExpertLayout
{
    public static float[] Fc1(IReadOnlyList<ExpertWeights> experts, int hidden, int inter)
    {
        var fc1 = new float[experts.Count * 2 * inter * hidden];
        for (int x = 0; x < experts.Count; x++)
        {
            for (int j = 0; j < inter; j++)
            {
                for (int c = 0; c < hidden; c++)
                {
                    fc1[(x * 2 * inter + 2 * j) * hidden + c] = experts[x].Gate[c * inter + j];
                    fc1[(x * 2 * inter + 2 * j + 1) * hidden + c] = experts[x].Up[c * inter + j];
                }
            }
        }
        return fc1;
    }

    public static float[] Fc2(IReadOnlyList<ExpertWeights> experts, int hidden, int inter)
    {
        var fc2 = new float[experts.Count * hidden * inter];
        for (int x = 0; x < experts.Count; x++)
        {
            for (int r = 0; r < hidden; r++)
            {
                for (int j = 0; j < inter; j++) fc2[(x * hidden + r) * inter + j] = experts[x].Down[j * hidden + r];
            }
        }
        return fc2;
    }

    /// <summary>
    /// Quantizes the experts as the builder's symmetric_blockwise_quantize does (codes -8..7 stored +8, scale =
    /// max|w| / 8, scales rounded through fp16) and returns experts holding the dequantized values.
    /// </summary>
    public static (QuantizedExperts Quantized, IReadOnlyList<ExpertWeights> Dequantized) Quantize(
        IReadOnlyList<ExpertWeights> experts, int hidden, int inter, int blockSize)
    {
        var fc1 = Fc1(experts, hidden, inter);
        var fc2 = Fc2(experts, hidden, inter);
        var (q1, s1) = QuantizeRows(fc1, hidden, blockSize);
        var (q2, s2) = QuantizeRows(fc2, inter, blockSize);
        var dequantized = new List<ExpertWeights>();
        for (int x = 0; x < experts.Count; x++)
        {
            var gate = new float[hidden * inter];
            var up = new float[hidden * inter];
            var down = new float[inter * hidden];
            for (int j = 0; j < inter; j++)
            {
                for (int c = 0; c < hidden; c++)
                {
                    gate[c * inter + j] = fc1[(x * 2 * inter + 2 * j) * hidden + c];
                    up[c * inter + j] = fc1[(x * 2 * inter + 2 * j + 1) * hidden + c];
                }
            }
            for (int r = 0; r < hidden; r++)
            {
                for (int j = 0; j < inter; j++) down[j * hidden + r] = fc2[(x * hidden + r) * inter + j];
            }
            dequantized.Add(new ExpertWeights(gate, up, down));
        }
        return (new QuantizedExperts(blockSize, q1, s1, q2, s2), dequantized);
    }

    /// <summary>Quantizes every row of length <paramref name="rowLength"/> in place (leaving dequantized values).</summary>
    private static (byte[] Packed, float[] Scales) QuantizeRows(float[] rows, int rowLength, int blockSize)
    {
        int rowCount = rows.Length / rowLength, blocks = (rowLength + blockSize - 1) / blockSize;
        var packed = new byte[rowCount * ((rowLength + 1) / 2)];
        var scales = new float[rowCount * blocks];
        for (int r = 0; r < rowCount; r++)
        {
            for (int b = 0; b < blocks; b++)
            {
                int start = r * rowLength + b * blockSize, end = r * rowLength + Math.Min(rowLength, (b + 1) * blockSize);
                float maxAbs = 0;
                for (int i = start; i < end; i++) maxAbs = Math.Max(maxAbs, Math.Abs(rows[i]));
                float scale = (float)(Half)Math.Max(maxAbs / 8f, 1e-8f);
                scales[r * blocks + b] = scale;
                for (int i = start; i < end; i++)
                {
                    int q = (int)Math.Clamp(MathF.Round(rows[i] / scale), -8, 7);
                    int k = i - r * rowLength;
                    packed[r * ((rowLength + 1) / 2) + k / 2] |= (byte)(k % 2 == 0 ? q + 8 : (q + 8) << 4);
                    rows[i] = q * scale;
                }
            }
        }
        return (packed, scales);
    }
}
