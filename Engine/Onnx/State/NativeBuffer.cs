using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace QwenEval.Engine.Onnx.State;

/// <summary>
/// Zeroed native memory that ONNX Runtime reads and writes in place through OrtValue views, allocated once per
/// generation and freed when it ends: KV caches and model states can be gigabytes, and leaving them to the GC would
/// inflate the peak memory this harness measures. Sizes past 2 GB work (spans are only taken over parts).
/// </summary>
internal sealed class NativeBuffer : IDisposable
{
    public NativeBuffer(long bytes)
    {
        Bytes = Math.Max(bytes, 8);
        Pointer = Marshal.AllocHGlobal((nint)Bytes);
        Clear();
    }

    public IntPtr Pointer { get; private set; }
    public long Bytes { get; }

    /// <summary>A view of the buffer (from a byte offset) as a tensor of the given shape; the buffer must outlive it.</summary>
    public OrtValue View(TensorElementType type, long[] shape, long byteOffset = 0)
    {
        var bytes = TensorTypes.SizeOf(type) * ShapeMath.Elements(shape);
        if (byteOffset + bytes > Bytes) throw new InvalidOperationException($"a tensor of {bytes} bytes does not fit a buffer of {Bytes}.");
        return OrtValue.CreateTensorValueWithData(OrtMemoryInfo.DefaultInstance, type, shape, Live + (nint)byteOffset, bytes);
    }

    /// <summary>count elements of T starting at element index elementOffset.</summary>
    public Span<T> Span<T>(long elementOffset, int count) where T : unmanaged
    {
        var size = Unsafe.SizeOf<T>();
        if (elementOffset < 0 || (elementOffset + count) * size > Bytes) throw new ArgumentOutOfRangeException(nameof(count));
        // A byref into native memory: the GC ignores it, and the bounds were checked above.
        ref var first = ref Unsafe.AddByteOffset(ref Unsafe.NullRef<byte>(), Live + (nint)(elementOffset * size));
        return MemoryMarshal.CreateSpan(ref Unsafe.As<byte, T>(ref first), count);
    }

    /// <summary>Copies bytes between buffers in chunks (spans are int-sized).</summary>
    public void CopyTo(long srcByteOffset, NativeBuffer dst, long dstByteOffset, long bytes)
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

    public void Clear()
    {
        const int chunk = 1 << 30;
        for (long offset = 0; offset < Bytes; offset += chunk)
            Span<byte>(offset, (int)Math.Min(chunk, Bytes - offset)).Clear();
    }

    private IntPtr Live => Pointer != IntPtr.Zero ? Pointer : throw new ObjectDisposedException(nameof(NativeBuffer));

    public void Dispose()
    {
        if (Pointer == IntPtr.Zero) return;
        Marshal.FreeHGlobal(Pointer);
        Pointer = IntPtr.Zero;
    }
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
