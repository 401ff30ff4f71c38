using Microsoft.ML.OnnxRuntime;

namespace QwenEval.Engine.Onnx.State;

/// <summary>
/// Fixed-size per-row states (LFM2 conv caches, Qwen3.5 conv and recurrent states), zero at the start. In-place
/// tensors are bound as both past and present, as GenAI does on CPU; the others get a present buffer that is copied
/// back to past before the next run (they are small).
/// </summary>
internal sealed class FixedStateCache : IDecoderCache
{
    private readonly IReadOnlyList<CacheTensor> _tensors;
    private readonly int _rows;
    private readonly NativeBuffer[] _past;
    private readonly NativeBuffer?[] _present;
    private readonly long[] _rowBytes;
    private readonly List<OrtValue> _views = [];

    public FixedStateCache(IReadOnlyList<CacheTensor> tensors, int rows)
    {
        _tensors = tensors;
        _rows = rows;
        _past = tensors.Select(t => new NativeBuffer(Bytes(t, rows))).ToArray();
        _present = tensors.Select(t => t.InPlace ? null : new NativeBuffer(Bytes(t, rows))).ToArray();
        _rowBytes = tensors.Select(t => Bytes(t, 1)).ToArray();
    }

    public void BeginStep(OrtIoBinding binding, int pastLength, int totalLength, ReadOnlySpan<int> beamIndices)
    {
        if (pastLength == 0)
        {
            Bind(binding);
            return;
        }
        for (var i = 0; i < _tensors.Count; i++)
        {
            var rowBytes = _rowBytes[i];
            var source = _present[i] ?? _past[i];
            if (beamIndices.IsEmpty)
            {
                _present[i]?.CopyTo(0, _past[i], 0, rowBytes * _rows);
                continue;
            }
            // In place, rows may swap: gather from a snapshot.
            using var snapshot = _present[i] is null ? Snapshot(_past[i]) : null;
            var from = snapshot ?? source;
            for (var r = 0; r < _rows; r++)
                from.CopyTo(beamIndices[r] * rowBytes, _past[i], r * rowBytes, rowBytes);
        }
    }

    public void Reserve(int capacity, int validLength)
    {
    }

    public void Rewind(int length)
    {
        if (_tensors.Count > 0) throw new InvalidOperationException("a recurrent or conv state cannot rewind; restore a snapshot.");
    }

    // After a run the state is in present (or in past, for in-place tensors); BeginStep copies present to past.
    private NativeBuffer Current(int i) => _present[i] ?? _past[i];

    public CacheSnapshot? Snapshot() => _tensors.Count == 0 ? null : new CacheSnapshot(_tensors.Select((_, i) => Snapshot(Current(i))).ToArray());

    public void Restore(CacheSnapshot snapshot)
    {
        for (var i = 0; i < _tensors.Count; i++) snapshot.Buffers[i].CopyTo(0, Current(i), 0, Current(i).Bytes);
    }

    private static NativeBuffer Snapshot(NativeBuffer buffer)
    {
        var copy = new NativeBuffer(buffer.Bytes);
        buffer.CopyTo(0, copy, 0, buffer.Bytes);
        return copy;
    }

    private void Bind(OrtIoBinding binding)
    {
        for (var i = 0; i < _tensors.Count; i++)
        {
            var t = _tensors[i];
            var shape = t.ShapeFor(_rows, 0);
            _past[i].Clear();
            var past = _past[i].View(t.Type, shape);
            var present = _present[i] is { } p ? p.View(t.Type, shape) : past;
            _views.Add(past);
            if (!ReferenceEquals(present, past)) _views.Add(present);
            binding.BindInput(t.Input, past);
            binding.BindOutput(t.Output, present);
        }
    }

    private static long Bytes(CacheTensor t, int rows) => TensorTypes.SizeOf(t.Type) * ShapeMath.Elements(t.ShapeFor(rows, 0));

    public void Dispose()
    {
        foreach (var v in _views) v.Dispose();
        _views.Clear();
        foreach (var b in _past) b.Dispose();
        foreach (var b in _present) b?.Dispose();
    }
}
