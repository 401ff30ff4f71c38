using Microsoft.ML.OnnxRuntime;
using QwenEval.Synthetic;

namespace QwenEval.Tests.Synthetic;

/// <summary>
/// A minimal decode loop over a generated folder, written independently of the harness's engine: runs the
/// decoder chunk by chunk, feeding every present.* output back as the matching past_key_values.* input, and
/// returns the logits of every position. With <c>shareBuffer</c> the KV cache is preallocated to the context
/// length (as the GenAI runtime binds it) instead of growing.
/// </summary>
internal sealed class OrtStepDecoder : IDisposable
{
    private readonly InferenceSession _decoder;
    private readonly InferenceSession? _embedding;
    private readonly TinyModelSpec _spec;
    private readonly bool _shareBuffer;

    public OrtStepDecoder(string folder, TinyModelSpec spec, bool shareBuffer)
    {
        _spec = spec;
        _shareBuffer = shareBuffer;
        _decoder = new InferenceSession(Path.Combine(folder, GenAiConfigWriter.DecoderFileName));
        if (spec.SeparateEmbedding) _embedding = new InferenceSession(Path.Combine(folder, GenAiConfigWriter.EmbeddingFileName));
    }

    public InferenceSession Decoder => _decoder;

    /// <summary>Runs the tokens in chunks of the given sizes (e.g. 3, 1, 1, 1) and returns logits per position.</summary>
    public List<float[]> Run(IReadOnlyList<int> tokens, IReadOnlyList<int> chunks)
    {
        var states = InitialStates();
        var logits = new List<float[]>();
        int past = 0;
        foreach (var size in chunks)
        {
            var chunk = tokens.Skip(past).Take(size).Select(t => (long)t).ToArray();
            var inputs = new Dictionary<string, OrtValue>();
            try
            {
                if (_embedding is null) inputs["input_ids"] = OrtValue.CreateTensorValueFromMemory(chunk, [1, size]);
                else inputs["inputs_embeds"] = Embed(chunk);
                inputs["attention_mask"] = OrtValue.CreateTensorValueFromMemory(Enumerable.Repeat(1L, past + size).ToArray(), [1, past + size]);
                if (_spec.IsQwen35)
                {
                    var positions = Enumerable.Range(past, size).Select(p => (long)p).ToArray();
                    inputs["position_ids"] = _spec.SeparateEmbedding
                        ? OrtValue.CreateTensorValueFromMemory(positions.Concat(positions).Concat(positions).ToArray(), [3, 1, size])
                        : OrtValue.CreateTensorValueFromMemory(positions, [1, size]);
                }
                foreach (var (name, (data, shape)) in states) inputs[name] = OrtValue.CreateTensorValueFromMemory(data, shape);

                var outputNames = _decoder.OutputNames.ToList();
                using var outputs = _decoder.Run(new RunOptions(), inputs, outputNames);
                var byName = outputNames.Zip(outputs).ToDictionary(p => p.First, p => p.Second);
                var allLogits = byName["logits"].GetTensorDataAsSpan<float>().ToArray();
                int vocab = allLogits.Length / size;
                for (int t = 0; t < size; t++) logits.Add(allLogits.AsSpan(t * vocab, vocab).ToArray());
                foreach (var name in states.Keys.ToList())
                {
                    var present = byName["present" + name["past_key_values".Length..]];
                    states[name] = (present.GetTensorDataAsSpan<float>().ToArray(), present.GetTensorTypeAndShape().Shape);
                }
            }
            finally
            {
                foreach (var v in inputs.Values) v.Dispose();
            }
            past += size;
        }
        return logits;
    }

    private OrtValue Embed(long[] chunk)
    {
        using var ids = OrtValue.CreateTensorValueFromMemory(chunk, [1, chunk.Length]);
        using var images = OrtValue.CreateTensorValueFromMemory(Array.Empty<float>(), [0, _spec.HiddenSize]);
        using var outputs = _embedding!.Run(new RunOptions(), new Dictionary<string, OrtValue> { ["input_ids"] = ids, ["image_features"] = images }, ["inputs_embeds"]);
        return OrtValue.CreateTensorValueFromMemory(outputs[0].GetTensorDataAsSpan<float>().ToArray(), [1, chunk.Length, _spec.HiddenSize]);
    }

    /// <summary>Zero states with the shapes the session declares: batch 1, past length 0 (or the context length when sharing).</summary>
    private Dictionary<string, (float[] Data, long[] Shape)> InitialStates()
    {
        var states = new Dictionary<string, (float[], long[])>();
        foreach (var (name, meta) in _decoder.InputMetadata)
        {
            if (!name.StartsWith("past_key_values.", StringComparison.Ordinal)) continue;
            var shape = meta.Dimensions.Select((d, i) => meta.SymbolicDimensions[i] switch
            {
                "batch_size" => 1L,
                "past_sequence_length" => _shareBuffer ? _spec.ContextLength : 0L,
                _ => d,
            }).ToArray();
            states[name] = (new float[shape.Aggregate(1L, (a, b) => a * b)], shape);
        }
        return states;
    }

    public void Dispose()
    {
        _decoder.Dispose();
        _embedding?.Dispose();
    }
}
