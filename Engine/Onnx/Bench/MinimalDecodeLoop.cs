using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using QwenEval.Engine.Onnx.State;

namespace QwenEval.Engine.Onnx.Bench;

/// <summary>
/// The baseline the engine is measured against: the plainest correct ORT decode loop (run, argmax, feed each present
/// back as the next past), batch 1, ORT-allocated outputs, no buffer reuse.
/// </summary>
internal sealed class MinimalDecodeLoop(OnnxModel model)
{
    /// <summary>Runs the prompt and then steps decode steps; stepEnd[i] gets the timestamp after step i.</summary>
    public void Run(int[] prompt, int steps, long[] stepEnd)
    {
        var layout = model.Layout;
        var session = model.Session;
        using var runOptions = new RunOptions();
        var caches = layout.Attention.Concat(layout.States).ToList();
        var pasts = new Dictionary<string, OrtValue>();
        var zeros = caches.Select(c => new NativeBuffer(ZeroBytes(c))).ToList();
        for (var i = 0; i < caches.Count; i++)
            pasts[caches[i].Input] = zeros[i].View(caches[i].Type, caches[i].ShapeFor(1, 0));
        var outputNames = new List<string> { layout.LogitsOutput };
        outputNames.AddRange(caches.Select(c => c.Output));

        var tokens = prompt;
        var total = 0;
        for (var step = 0; step <= steps; step++)
        {
            var length = tokens.Length;
            total += length;
            var names = new List<string>();
            var values = new List<OrtValue>();
            var ids = tokens.Select(t => (long)t).ToArray();
            if (model.Embedding is { } embedding)
            {
                names.Add(layout.EmbedsInput!);
                values.Add(Embed(embedding, ids, runOptions));
            }
            else
            {
                names.Add(layout.IdsInput!);
                values.Add(IntTensor(layout.IdsType, ids, [1, length]));
            }
            if (layout.MaskInput is { } mask)
            {
                names.Add(mask);
                values.Add(IntTensor(layout.MaskType, Enumerable.Repeat(1L, total).ToArray(), [1, total]));
            }
            if (layout.PositionInput is { } position)
            {
                var pos = Enumerable.Range(total - length, length).Select(p => (long)p).ToArray();
                names.Add(position);
                values.Add(layout.PositionRank == 3
                    ? IntTensor(layout.PositionType, [.. pos, .. pos, .. pos], [3, 1, length])
                    : IntTensor(layout.PositionType, pos, [1, length]));
            }
            foreach (var c in caches)
            {
                names.Add(c.Input);
                values.Add(pasts[c.Input]);
            }
            var outputs = session.Run(runOptions, names, values, outputNames);
            for (var i = 0; i < values.Count; i++) values[i].Dispose();
            var logits = outputs[0];
            var next = ArgMaxLast(logits, layout.LogitsType, length, layout.VocabSize);
            logits.Dispose();
            for (var i = 0; i < caches.Count; i++) pasts[caches[i].Input] = outputs[i + 1];
            tokens = [next];
            if (step > 0) stepEnd[step - 1] = System.Diagnostics.Stopwatch.GetTimestamp();
        }
        foreach (var v in pasts.Values) v.Dispose();
        foreach (var z in zeros) z.Dispose();
    }

    // input_ids (+ no image features) through the embedding model, the plain way.
    private static OrtValue Embed(EmbeddingStage embedding, long[] ids, RunOptions runOptions)
    {
        var names = new List<string> { embedding.IdsInput };
        var values = new List<OrtValue> { IntTensor(embedding.IdsType, ids, [1, ids.Length]) };
        using var empty = new NativeBuffer(8);
        if (embedding.ImageFeaturesInput is { } image)
        {
            names.Add(image);
            values.Add(empty.View(embedding.ImageFeaturesType, [0, embedding.ImageFeaturesWidth]));
        }
        // The caller disposes the one output value; the collection itself holds nothing else.
        var outputs = embedding.Session.Run(runOptions, names, values, [embedding.Output]);
        foreach (var v in values) v.Dispose();
        return outputs[0];
    }

    private static long ZeroBytes(CacheTensor c) => TensorTypes.SizeOf(c.Type) * ShapeMath.Elements(c.ShapeFor(1, 0));

    private static OrtValue IntTensor(TensorElementType type, long[] values, long[] shape) =>
        type == TensorElementType.Int64
            ? OrtValue.CreateTensorValueFromMemory(values, shape)
            : OrtValue.CreateTensorValueFromMemory(values.Select(v => (int)v).ToArray(), shape);

    private static int ArgMaxLast(OrtValue logits, TensorElementType type, int length, int vocab)
    {
        var offset = (length - 1) * vocab;
        var raw = logits.GetTensorMutableRawData();
        if (type == TensorElementType.Float) return Search.GreedySearch.ArgMax(MemoryMarshal.Cast<byte, float>(raw).Slice(offset, vocab));
        var best = 0;
        var bestValue = float.NegativeInfinity;
        var halves = MemoryMarshal.Cast<byte, ushort>(raw).Slice(offset, vocab);
        for (var i = 0; i < vocab; i++)
        {
            var v = type == TensorElementType.Float16 ? (float)BitConverter.UInt16BitsToHalf(halves[i]) : BitConverter.Int32BitsToSingle(halves[i] << 16);
            if (v > bestValue) { bestValue = v; best = i; }
        }
        return best;
    }
}
