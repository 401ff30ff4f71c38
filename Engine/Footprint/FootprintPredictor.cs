using QwenEval.Core;
using QwenEval.Engine.Onnx.Config;

namespace QwenEval.Engine.Footprint;

/// <summary>
/// Predicts a model folder's peak memory in a worker process from genai_config.json and the ONNX files' structure,
/// without loading weights: resident weights (as ONNX Runtime packs them), the KV cache of the full-attention
/// layers at prompt + max_new_tokens (what the engine sizes its buffers to), fixed recurrent states, prefill
/// activations and the runtime's own baseline.
/// </summary>
public static class FootprintPredictor
{
    /// <summary>
    /// Peak resident memory of a worker running a model too small to matter (models/tiny-qwen35): .NET, ONNX Runtime
    /// with its thread pool, the tokenizer and the harness. Measured with `qweneval models footprint --measure`
    /// (VmHWM, Linux x64, .NET 10, Microsoft.ML.OnnxRuntime 1.31.1); Tests/Footprint checks it still holds.
    /// </summary>
    public const long RuntimeBaselineBytes = 67L << 20;

    /// <summary>The model files the engine loads for text generation: the decoder, and the embedding model when the decoder takes inputs_embeds.</summary>
    public static IReadOnlyList<(string Field, string Path)> LoadedFiles(GenAiConfig config, OnnxMetadata decoder)
    {
        var files = new List<(string, string)> { ("$.model.decoder.filename", config.PathOf(config.Model.Decoder.Filename)) };
        var takesEmbeds = decoder.Inputs.Any(i => i.Name == config.Model.Decoder.Inputs.InputsEmbeds)
            && decoder.Inputs.All(i => i.Name != config.Model.Decoder.Inputs.InputIds);
        if (takesEmbeds && config.Model.Embedding is { } e) files.Add(("$.model.embedding.filename", config.PathOf(e.Filename)));
        return files;
    }

    public static FootprintEstimate ForFolder(string modelDirectory, int promptTokens, int maxNewTokens)
    {
        var config = GenAiConfigLoader.Load(modelDirectory);
        var decoderPath = config.PathOf(config.Model.Decoder.Filename);
        if (!File.Exists(decoderPath))
            throw new UserInputException($"{decoderPath}: not found ({config.File}: $.model.decoder.filename is \"{config.Model.Decoder.Filename}\").");
        var decoder = OnnxMetadataReader.Read(decoderPath);
        var models = LoadedFiles(config, decoder).Select(f => f.Path == decoderPath ? decoder : OnnxMetadataReader.Read(f.Path)).ToList();
        return ForLoaded(config, decoder, models, promptTokens, maxNewTokens);
    }

    public static FootprintEstimate ForLoaded(GenAiConfig config, OnnxMetadata decoder, IReadOnlyList<OnnxMetadata> models, int promptTokens, int maxNewTokens)
    {
        if (promptTokens < 1) throw new ArgumentOutOfRangeException(nameof(promptTokens), "the prompt needs at least one token.");
        if (maxNewTokens < 0) throw new ArgumentOutOfRangeException(nameof(maxNewTokens));
        var tokens = (int)Math.Min((long)promptTokens + maxNewTokens, config.Model.ContextLength);
        promptTokens = Math.Min(promptTokens, tokens);

        long resident = 0, stored = 0;
        foreach (var model in models)
        {
            var (r, s) = WeightBytes(model);
            resident += r;
            stored += s;
        }

        var caches = CacheLayout.Of(config, decoder);
        // Shared past/present buffers hold one copy; growing caches keep past and present (two buffers of the capacity).
        var kvBuffers = config.Search.PastPresentShareBuffer ? 1 : 2;
        var kv = caches.AttentionBytesPerToken * tokens * kvBuffers;
        var states = caches.StateBytes;

        var logits = decoder.Outputs.FirstOrDefault(o => o.Name == config.Model.Decoder.Outputs.Logits);
        var activations = new ActivationModel(
            config.Model.VocabSize,
            logits is null ? 4 : Math.Max(1, OnnxTypes.Bits(logits.ElementType) / 8),
            config.Model.Decoder.HiddenSize > 0 ? config.Model.Decoder.HiddenSize : caches.HiddenFromGraph,
            WidestProjection(decoder, config.Model.VocabSize),
            caches.AttentionLayers > 0 ? Math.Max(config.Model.Decoder.NumAttentionHeads, 1) : 0,
            caches.ActivationBytesPerElement);
        var activationBytes = activations.Bytes(promptTokens, config.Search.ChunkSize);
        return new FootprintEstimate(resident, stored, kv, states, activationBytes, RuntimeBaselineBytes, tokens);
    }

    /// <summary>Resident and stored bytes of one graph's initializers (and Constant tensors, counted as stored).</summary>
    public static (long Resident, long Stored) WeightBytes(OnnxMetadata model)
    {
        var kinds = WeightResidency.Classify(model);
        long resident = model.ConstantAttributeBytes, stored = model.ConstantAttributeBytes;
        foreach (var init in model.Initializers)
        {
            stored += init.Bytes;
            var (kind, node) = kinds[init.Name];
            if (kind == WeightKind.NBitsWeight && node is not null && NBitsShape(node) is { } q)
                resident += WeightResidency.PackedNBitsBytes(q.N, q.K, q.Bits, q.BlockSize, q.AccuracyLevel, WeightResidency.Host);
            else
                // Held once: float MatMul weights are packed by MLAS and the original released; MatMulNBits scales,
                // MoE/QMoE experts and everything else stay as stored (measured: Tests/Footprint/MeasuredFootprintTests).
                resident += init.Bytes;
        }
        return (resident, stored);
    }

    private static (long N, long K, int Bits, int BlockSize, int AccuracyLevel)? NBitsShape(OnnxNode node)
    {
        var a = node.IntAttributes;
        if (!a.TryGetValue("N", out var n) || !a.TryGetValue("K", out var k) || !a.TryGetValue("block_size", out var block)) return null;
        var bits = a.TryGetValue("bits", out var b) ? (int)b : 4;
        var accuracy = a.TryGetValue("accuracy_level", out var level) ? (int)level : 0;
        return block > 0 ? (n, k, bits, (int)block, accuracy) : null;
    }

    /// <summary>The widest output of a MatMul inside the layers (the lm_head, whose width is the vocabulary, excluded).</summary>
    public static long WidestProjection(OnnxMetadata decoder, int vocab)
    {
        var byName = decoder.Initializers.ToDictionary(i => i.Name, StringComparer.Ordinal);
        long widest = 0;
        foreach (var node in decoder.Nodes)
        {
            long width = 0;
            if (node.OpType == "MatMulNBits" && node.IntAttributes.TryGetValue("N", out var n)) width = n;
            else if (node.OpType == "MatMul" && node.Inputs.Count > 1 && byName.TryGetValue(node.Inputs[1], out var w) && w.Dims.Count == 2) width = w.Dims[1];
            if (width != vocab) widest = Math.Max(widest, width);
        }
        return widest;
    }
}
