using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace QwenEval.Harness.Models.Onnx.State;

/// <summary>
/// Zeroed memory on the pinned object heap that ONNX Runtime reads and writes in place through OrtValue views, so
/// tensors are allocated once per generation instead of per step. Backed by long[] so one buffer may exceed 2 GB.
/// </summary>
internal sealed class PinnedBuffer
{
    private readonly long[] _words;

    public PinnedBuffer(long bytes)
    {
        Bytes = Math.Max(bytes, 8);
        _words = GC.AllocateArray<long>(checked((int)((Bytes + 7) / 8)), pinned: true);
        Pointer = Marshal.UnsafeAddrOfPinnedArrayElement(_words, 0);
    }

    public IntPtr Pointer { get; }
    public long Bytes { get; }

    /// <summary>A view of the buffer (from a byte offset) as a tensor of the given shape.</summary>
    public OrtValue View(TensorElementType type, long[] shape, long byteOffset = 0)
    {
        var bytes = TensorTypes.SizeOf(type) * ShapeMath.Elements(shape);
        if (byteOffset + bytes > Bytes) throw new InvalidOperationException($"a tensor of {bytes} bytes does not fit a buffer of {Bytes}.");
        return OrtValue.CreateTensorValueWithData(OrtMemoryInfo.DefaultInstance, type, shape, Pointer + (nint)byteOffset, bytes);
    }

    /// <summary>count elements of T starting at element index elementOffset.</summary>
    public Span<T> Span<T>(long elementOffset, int count) where T : unmanaged
    {
        var size = Unsafe.SizeOf<T>();
        if ((elementOffset + count) * size > Bytes) throw new ArgumentOutOfRangeException(nameof(count));
        ref var first = ref Unsafe.AddByteOffset(ref Unsafe.As<long, byte>(ref MemoryMarshal.GetArrayDataReference(_words)), (nint)(elementOffset * size));
        return MemoryMarshal.CreateSpan(ref Unsafe.As<byte, T>(ref first), count);
    }

    /// <summary>Copies bytes between buffers in chunks (spans are int-sized).</summary>
    public void CopyTo(long srcByteOffset, PinnedBuffer dst, long dstByteOffset, long bytes)
    {
        const int chunk = 1 << 30;
        while (bytes > 0)
        {
            var n = (int)Math.Min(bytes, chunk);
            Span<byte>(srcByteOffset, n).CopyTo(dst.Span<byte>(dstByteOffset, n));
            srcByteOffset += n;
            dstByteOffset += n;
            bytes -= n;
        }
    }

    public void Clear() => Array.Clear(_words);
}

internal static class ShapeMath
{
    public static long Elements(ReadOnlySpan<long> shape)
    {
        long n = 1;
        foreach (var d in shape) n *= d;
        return n;
    }
}
