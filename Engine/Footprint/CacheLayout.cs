using QwenEval.Engine.Onnx.Config;

namespace QwenEval.Engine.Footprint;

/// <summary>
/// The decoder's caches as its graph inputs declare them, found with genai_config.json's name templates the way
/// ONNX Runtime GenAI finds them: attention key/value caches (past_key_values.%d.key/value, or stacked past_%d),
/// Qwen3.5 Gated DeltaNet states (the key template with its last part replaced by conv_state / recurrent_state,
/// onnxruntime-genai src/models/recurrent_state.cpp) and LFM2 conv states (past_conv.%d).
/// </summary>
public sealed record CacheLayout(
    long AttentionBytesPerToken,
    int AttentionLayers,
    long StateBytes,
    int StateLayers,
    int ActivationBytesPerElement,
    int HiddenFromGraph)
{
    public static CacheLayout Of(GenAiConfig config, OnnxMetadata decoder)
    {
        var d = config.Model.Decoder;
        var inputs = d.Inputs;
        long perToken = 0, states = 0;
        var attentionLayers = new HashSet<int>();
        var stateLayers = new HashSet<int>();
        var activationBytes = 4;
        var hidden = 0;
        var convState = ReplaceLast(inputs.PastKeyNames, "conv_state");
        var recurrentState = ReplaceLast(inputs.PastKeyNames, "recurrent_state");
        foreach (var input in decoder.Inputs)
        {
            var size = Math.Max(1, OnnxTypes.Bits(input.ElementType) / 8);
            if (input.Name == inputs.InputsEmbeds && input.Shape.Count == 3)
            {
                activationBytes = size;
                hidden = (int)(input.Shape[2].Value ?? 0);
            }
            if (Layer(inputs.PastNames, input.Name) is { } stacked)
            {
                // [2, batch, kv_heads, seq, head_size]: key and value in one tensor.
                perToken += 2 * Static(input, 2, d.NumKeyValueHeads) * Static(input, 4, d.HeadSize) * size;
                attentionLayers.Add(stacked);
            }
            else if (Layer(inputs.PastKeyNames, input.Name) is { } key)
            {
                perToken += Static(input, 1, d.NumKeyValueHeads) * Static(input, 3, d.HeadSize) * size;
                attentionLayers.Add(key);
            }
            else if (Layer(inputs.PastValueNames, input.Name) is not null)
                perToken += Static(input, 1, d.NumKeyValueHeads) * Static(input, 3, d.HeadSize) * size;
            else if (Layer(convState, input.Name) is { } c)
            {
                states += StaticElements(input) * size;
                stateLayers.Add(c);
            }
            else if (Layer(recurrentState, input.Name) is { } r)
            {
                states += StaticElements(input) * size;
                stateLayers.Add(r);
            }
            else if (Layer(inputs.PastConvNames, input.Name) is { } conv)
            {
                // LFM2 conv states are copied from present to past each step: two buffers.
                states += 2 * StaticElements(input) * size;
                stateLayers.Add(conv);
            }
        }
        if (attentionLayers.Count > 0 && decoder.Inputs.FirstOrDefault(i => Layer(inputs.PastKeyNames, i.Name) is not null || Layer(inputs.PastNames, i.Name) is not null) is { } kv)
            activationBytes = Math.Max(1, OnnxTypes.Bits(kv.ElementType) / 8);
        return new CacheLayout(perToken, attentionLayers.Count, states, stateLayers.Count, activationBytes, hidden);
    }

    private static int? Layer(string? template, string name) => template is null ? null : ConfigNames.LayerOf(template, name);

    private static string? ReplaceLast(string template, string suffix)
    {
        var dot = template.LastIndexOf('.');
        return dot > template.IndexOf("%d", StringComparison.Ordinal) ? template[..(dot + 1)] + suffix : null;
    }

    private static long Static(OnnxValue input, int axis, int fromConfig) =>
        axis < input.Shape.Count && input.Shape[axis].Value is > 0 and var v ? v : Math.Max(fromConfig, 1);

    /// <summary>Elements per batch row: every dimension but the first (batch) must be fixed for a state.</summary>
    private static long StaticElements(OnnxValue input) =>
        input.Shape.Skip(1).Aggregate(1L, (a, dim) => a * (dim.Value is > 0 and var v ? v : 1));
}
