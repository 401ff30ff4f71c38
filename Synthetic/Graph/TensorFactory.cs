using System.Buffers.Binary;
using Google.Protobuf;
using QwenEval.Engine.Onnx.Proto;

namespace QwenEval.Synthetic.Graph;

/// <summary>
/// Makes initializer tensors. Everything is stored as little-endian raw_data, which ONNX Runtime reads
/// fastest and which keeps the serialized bytes identical for identical values.
/// </summary>
public static class TensorFactory
{
    public static TensorProto Float32(string name, ReadOnlySpan<float> values, params long[] dims)
    {
        var bytes = new byte[values.Length * 4];
        for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), values[i]);
        return Make(name, TensorProto.Types.DataType.Float, bytes, values.Length, dims);
    }

    /// <summary>Rounds each value to IEEE half precision (round-to-nearest-even, as System.Half does).</summary>
    public static TensorProto Float16(string name, ReadOnlySpan<float> values, params long[] dims)
    {
        var bytes = new byte[values.Length * 2];
        for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteHalfLittleEndian(bytes.AsSpan(i * 2), (Half)values[i]);
        return Make(name, TensorProto.Types.DataType.Float16, bytes, values.Length, dims);
    }

    public static TensorProto Int64(string name, ReadOnlySpan<long> values, params long[] dims)
    {
        var bytes = new byte[values.Length * 8];
        for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * 8), values[i]);
        return Make(name, TensorProto.Types.DataType.Int64, bytes, values.Length, dims);
    }

    public static TensorProto Int32(string name, ReadOnlySpan<int> values, params long[] dims)
    {
        var bytes = new byte[values.Length * 4];
        for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), values[i]);
        return Make(name, TensorProto.Types.DataType.Int32, bytes, values.Length, dims);
    }

    public static TensorProto UInt8(string name, ReadOnlySpan<byte> values, params long[] dims) =>
        Make(name, TensorProto.Types.DataType.Uint8, values.ToArray(), values.Length, dims);

    public static TensorProto Bool(string name, ReadOnlySpan<bool> values, params long[] dims)
    {
        var bytes = new byte[values.Length];
        for (int i = 0; i < values.Length; i++) bytes[i] = values[i] ? (byte)1 : (byte)0;
        return Make(name, TensorProto.Types.DataType.Bool, bytes, values.Length, dims);
    }

    private static TensorProto Make(string name, TensorProto.Types.DataType type, byte[] raw, int count, long[] dims)
    {
        long expected = 1;
        foreach (var d in dims) expected *= d;
        if (expected != count)
            throw new ArgumentException($"Initializer '{name}': {count} values do not fill shape [{string.Join(", ", dims)}].");
        var tensor = new TensorProto { Name = name, DataType = (int)type, RawData = ByteString.CopyFrom(raw) };
        tensor.Dims.AddRange(dims);
        return tensor;
    }
}
