using Microsoft.ML.OnnxRuntime;

namespace QwenEval.Engine.Onnx.State;

/// <summary>
/// Attention caches whose past has the length of the tokens seen so far (GenAI without past_present_share_buffer).
/// Each tensor has two buffers: the run writes present into one, and that same tensor is the next run's past, so
/// nothing is copied unless beam search reorders rows.
/// </summary>
internal sealed class GrowingAttentionCache : IDecoderCache
{
    private readonly Slot[] _slots;
    private readonly int _rows;

    public GrowingAttentionCache(IReadOnlyList<CacheTensor> tensors, int rows, int capacity)
    {
        _rows = rows;
        _slots = tensors.Select(t => new Slot(t, rows, capacity)).ToArray();
    }

    public int Capacity => _slots.Length == 0 ? int.MaxValue : _slots[0].Capacity;

    public void BeginStep(OrtIoBinding binding, int pastLength, int totalLength, ReadOnlySpan<int> beamIndices)
    {
        foreach (var slot in _slots) slot.BeginStep(binding, _rows, pastLength, totalLength, beamIndices);
    }

    public void Reserve(int capacity, int validLength)
    {
        foreach (var slot in _slots) slot.Reserve(_rows, capacity);
    }

    public void Rewind(int length)
    {
        if (_rows != 1) throw new InvalidOperationException("only a single row rewinds.");
        foreach (var slot in _slots) slot.Rewind(length);
    }

    public CacheSnapshot? Snapshot() => null;

    public void Restore(CacheSnapshot snapshot) => throw new InvalidOperationException("an attention cache rewinds; it keeps no snapshot.");

    public void Dispose()
    {
        foreach (var slot in _slots) slot.Dispose();
    }

    private sealed class Slot(CacheTensor tensor, int rows, int capacity) : IDisposable
    {
        private NativeBuffer _a = new(Bytes(tensor, rows, capacity));
        private NativeBuffer _b = new(Bytes(tensor, rows, capacity));
        private readonly long[] _shape = new long[tensor.Dims.Length];
        private OrtValue? _past;
        private OrtValue? _present;
        private int _presentLength;

        public int Capacity { get; private set; } = capacity;

        public void BeginStep(OrtIoBinding binding, int rows, int pastLength, int totalLength, ReadOnlySpan<int> beamIndices)
        {
            if (totalLength > Capacity) Grow(rows, Math.Max(totalLength, Capacity * 2));
            _past?.Dispose();
            if (pastLength == 0)
            {
                _past = _b.View(tensor.Type, tensor.ShapeFor(rows, 0));
            }
            else if (beamIndices.IsEmpty)
            {
                // Last present becomes past as is; the next present goes to the other buffer.
                _past = _present;
                (_a, _b) = (_b, _a);
            }
            else
            {
                _present!.Dispose();
                Reorder(_a, _b, rows, _presentLength, beamIndices);
                _past = _b.View(tensor.Type, tensor.FillShape(_shape, rows, _presentLength));
            }
            _present = _a.View(tensor.Type, tensor.FillShape(_shape, rows, totalLength));
            _presentLength = totalLength;
            binding.BindInput(tensor.Input, _past!);
            binding.BindOutput(tensor.Output, _present);
        }

        public void Reserve(int rows, int capacity)
        {
            if (capacity > Capacity) Grow(rows, capacity);
        }

        /// <summary>
        /// Keeps the first length positions of the last present. Its blocks (everything before the sequence axis)
        /// are laid out with the old length, so each block moves down to its place for the shorter one.
        /// </summary>
        public void Rewind(int length)
        {
            if (_present is null || length >= _presentLength) return;
            var shape = tensor.ShapeFor(1, 1);
            long blocks = 1;
            for (var d = 0; d < tensor.SeqAxis; d++) blocks *= shape[d];
            var positionBytes = TensorTypes.SizeOf(tensor.Type) * ShapeMath.Elements(shape.AsSpan(tensor.SeqAxis + 1));
            // Blocks move towards the start, in order, so no block is overwritten before it moved (a span copy is a memmove).
            for (long b = 1; b < blocks; b++)
                _a.CopyTo(b * _presentLength * positionBytes, _a, b * length * positionBytes, length * positionBytes);
            _present.Dispose();
            _present = _a.View(tensor.Type, tensor.FillShape(_shape, 1, length));
            _presentLength = length;
        }

        // Row r of the next past is row beamIndices[r] of the last present, for key and value halves alike.
        private void Reorder(NativeBuffer from, NativeBuffer to, int rows, int length, ReadOnlySpan<int> beamIndices)
        {
            var groups = tensor.BatchAxis == 1 ? 2 : 1;
            var rowBytes = Bytes(tensor, 1, length) / groups;
            var groupBytes = rowBytes * rows;
            for (var g = 0; g < groups; g++)
                for (var r = 0; r < rows; r++)
                    from.CopyTo(g * groupBytes + beamIndices[r] * rowBytes, to, g * groupBytes + r * rowBytes, rowBytes);
        }

        // Capacity ran out: the valid prefix of the last present is contiguous, so it copies over unchanged.
        private void Grow(int rows, int capacity)
        {
            var a = new NativeBuffer(Bytes(tensor, rows, capacity));
            var b = new NativeBuffer(Bytes(tensor, rows, capacity));
            if (_present is not null)
            {
                _a.CopyTo(0, a, 0, Bytes(tensor, rows, _presentLength));
                _present.Dispose();
                _present = a.View(tensor.Type, tensor.ShapeFor(rows, _presentLength));
            }
            // The old past view is released (and everything rebound) before the next run reads anything.
            _a.Dispose();
            _b.Dispose();
            (_a, _b) = (a, b);
            Capacity = capacity;
        }

        private static long Bytes(CacheTensor t, int rows, int length) =>
            TensorTypes.SizeOf(t.Type) * ShapeMath.Elements(t.ShapeFor(rows, length));

        public void Dispose()
        {
            _past?.Dispose();
            _present?.Dispose();
            _a.Dispose();
            _b.Dispose();
        }
    }
}
