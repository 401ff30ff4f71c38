using Microsoft.ML.OnnxRuntime;

namespace QwenEval.Engine.Onnx.State;

/// <summary>
/// past_present_share_buffer: one [batch, heads, capacity, head_size] buffer per tensor, bound as both past and
/// present (GroupQueryAttention writes the new tokens in place and finds the valid length from the attention mask).
/// Sized to the generation's own length; when a step needs more, the buffer is reallocated and rows copied over.
/// </summary>
internal sealed class SharedAttentionCache : IDecoderCache
{
    private readonly IReadOnlyList<CacheTensor> _tensors;
    private readonly int _rows;
    private NativeBuffer[] _buffers;
    private OrtValue[] _views;
    private bool _rebind; // grown between runs: the views are bound again before the next

    public SharedAttentionCache(IReadOnlyList<CacheTensor> tensors, int rows, int capacity)
    {
        _tensors = tensors;
        _rows = rows;
        Capacity = capacity;
        _buffers = tensors.Select(t => new NativeBuffer(Bytes(t, rows, capacity))).ToArray();
        _views = new OrtValue[tensors.Count];
    }

    public int Capacity { get; private set; }

    public void BeginStep(OrtIoBinding binding, int pastLength, int totalLength, ReadOnlySpan<int> beamIndices)
    {
        if (!beamIndices.IsEmpty)
            throw new InvalidOperationException("a shared past/present buffer cannot follow beam reordering; GenAI turns it off for beam search, and so does the engine.");
        var rebind = pastLength == 0 || _rebind;
        _rebind = false;
        if (totalLength > Capacity)
        {
            Grow(pastLength, Math.Max(totalLength, Capacity * 2));
            rebind = true;
        }
        if (!rebind) return;
        for (var i = 0; i < _tensors.Count; i++)
        {
            _views[i]?.Dispose();
            _views[i] = _buffers[i].View(_tensors[i].Type, _tensors[i].ShapeFor(_rows, Capacity));
            binding.BindInput(_tensors[i].Input, _views[i]);
            binding.BindOutput(_tensors[i].Output, _views[i]);
        }
    }

    // GroupQueryAttention reads the valid length from the mask: positions past it are ignored and overwritten.
    public void Reserve(int capacity, int validLength)
    {
        if (capacity <= Capacity) return;
        Grow(validLength, capacity);
        _rebind = true;
    }

    public void Rewind(int length)
    {
    }

    public CacheSnapshot? Snapshot() => null;

    public void Restore(CacheSnapshot snapshot) => throw new InvalidOperationException("an attention cache rewinds; it keeps no snapshot.");

    // Each (row, head) block holds capacity positions, so a larger capacity moves every block: copy block by block.
    private void Grow(int validLength, int capacity)
    {
        var grown = new NativeBuffer[_tensors.Count];
        for (var i = 0; i < _tensors.Count; i++)
        {
            var t = _tensors[i];
            grown[i] = new NativeBuffer(Bytes(t, _rows, capacity));
            var positionBytes = TensorTypes.SizeOf(t.Type) * t.Dims[t.SeqAxis + 1];
            var blocks = _rows * t.Dims[t.SeqAxis - 1];
            for (long b = 0; b < blocks; b++)
                _buffers[i].CopyTo(b * Capacity * positionBytes, grown[i], b * capacity * positionBytes, validLength * positionBytes);
            _buffers[i].Dispose(); // rebound to the grown buffer before the next run
        }
        _buffers = grown;
        Capacity = capacity;
    }

    private static long Bytes(CacheTensor t, int rows, int length) =>
        TensorTypes.SizeOf(t.Type) * ShapeMath.Elements(t.ShapeFor(rows, length));

    public void Dispose()
    {
        foreach (var v in _views) v?.Dispose();
        foreach (var b in _buffers) b.Dispose();
    }
}
