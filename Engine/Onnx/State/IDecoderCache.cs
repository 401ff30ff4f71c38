using Microsoft.ML.OnnxRuntime;

namespace QwenEval.Engine.Onnx.State;

/// <summary>The past→present tensors of one kind (attention KV, conv or recurrent state) across decoder steps.</summary>
internal interface IDecoderCache : IDisposable
{
    /// <summary>
    /// Binds past and present for the coming run. pastLength tokens are already cached (0 for the prompt) and the run
    /// adds totalLength - pastLength. beamIndices (empty without beam search) says which row of the last present
    /// each row's past continues.
    /// </summary>
    void BeginStep(OrtIoBinding binding, int pastLength, int totalLength, ReadOnlySpan<int> beamIndices);

    /// <summary>
    /// Forgets every cached token from <paramref name="length"/> on (one row). Attention caches keep each position
    /// apart and can; a recurrent or conv state folds every token in and is restored from a snapshot instead.
    /// </summary>
    void Rewind(int length);

    /// <summary>Makes room for capacity tokens at once (a continuation knows its length), keeping validLength cached.</summary>
    void Reserve(int capacity, int validLength);

    /// <summary>A copy of what rewinding cannot restore (null when that is nothing), for <see cref="Restore"/>.</summary>
    CacheSnapshot? Snapshot();

    /// <summary>Puts back what <see cref="Snapshot"/> copied.</summary>
    void Restore(CacheSnapshot snapshot);
}

/// <summary>Copies of a cache's buffers at one moment (owned: freed with the snapshot).</summary>
internal sealed class CacheSnapshot(NativeBuffer[] buffers) : IDisposable
{
    public IReadOnlyList<NativeBuffer> Buffers => buffers;

    public void Dispose()
    {
        foreach (var b in buffers) b.Dispose();
    }
}
