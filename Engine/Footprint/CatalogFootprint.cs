using QwenEval.Engine.Catalog;

namespace QwenEval.Engine.Footprint;

/// <summary>
/// Predicts a catalog model's peak memory as this harness would run an ONNX Runtime GenAI export of it on the CPU
/// provider: the same rules as <see cref="FootprintPredictor.ForFolder"/>, applied to the weights an export would hold.
/// The whole context is taken as one prompt (the worst case for prefill) and the KV cache is sized for it. The CPU
/// family picks MLAS's packing of int4/int8 weights (<see cref="WeightResidency.PackedNBitsBytes"/>).
/// </summary>
public static class CatalogFootprint
{
    public static FootprintEstimate Predict(Qwen35Model model, WeightFormat format, int contextTokens, CpuFamily cpu)
    {
        if (contextTokens < 1) throw new ArgumentOutOfRangeException(nameof(contextTokens), "the context needs at least one token.");
        var (resident, stored) = WeightBytes(model, format, cpu);
        var io = format.IoBytes();
        // One shared past/present buffer: the builder sets past_present_share_buffer for GroupQueryAttention models
        // (onnxruntime-genai builders/base.py: op_type in ("GroupQueryAttention", "PagedAttention")).
        var kv = model.KvElementsPerToken * io * contextTokens;
        var states = model.StateElements * io;
        var activations = new ActivationModel(model.Vocab, format.LogitsBytes(), model.Hidden, WidestProjection(model), model.Heads, io)
            .Bytes(contextTokens, null);
        return new FootprintEstimate(resident, stored, kv, states, activations, FootprintPredictor.RuntimeBaselineBytes, contextTokens);
    }

    /// <summary>Resident and stored bytes of the text decoder's weights (embedding model included) in one format.</summary>
    public static (long Resident, long Stored) WeightBytes(Qwen35Model model, WeightFormat format, CpuFamily cpu)
    {
        long resident = 0, stored = 0;
        var io = format.IoBytes();
        foreach (var g in model.Weights().Groups)
        {
            long r, s;
            switch (g.Kind)
            {
                case WeightGroupKind.MatMul when format.IsQuantized():
                    // MatMulNBits: N rows of K/block blocks, plus one io-dtype scale per block (symmetric: no zero points).
                    var scales = g.N * ((g.K + WeightFormats.BlockSize - 1) / WeightFormats.BlockSize) * io;
                    s = g.N * g.K * format.Bits() / 8 + scales;
                    r = WeightResidency.PackedNBitsBytes(g.N, g.K, format.Bits(), WeightFormats.BlockSize, WeightFormats.CpuAccuracyLevel, cpu) + scales;
                    s *= g.Count;
                    r *= g.Count;
                    break;
                case WeightGroupKind.Experts when format.IsQuantized():
                    // QMoE keeps the stored blocks and scales as they are (measured: no packed copy).
                    s = g.Count * (g.N * g.K * format.Bits() / 8 + g.N * ((g.K + WeightFormats.BlockSize - 1) / WeightFormats.BlockSize) * io);
                    r = s;
                    break;
                case WeightGroupKind.MatMul or WeightGroupKind.Experts:
                    s = r = g.Elements * 2;
                    break;
                default:
                    s = r = g.Elements * io;
                    break;
            }
            resident += r;
            stored += s;
        }
        return (resident, stored);
    }

    /// <summary>The widest projection inside a layer (lm_head and router excluded), as the folder predictor finds it in a graph.</summary>
    public static long WidestProjection(Qwen35Model model) =>
        model.Weights().Groups
            .Where(g => g.Kind is WeightGroupKind.MatMul or WeightGroupKind.Experts && g.Name is not "lm_head" and not "mlp.gate (router)")
            .Max(g => g.N);
}
