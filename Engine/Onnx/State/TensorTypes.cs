using Microsoft.ML.OnnxRuntime.Tensors;

namespace QwenEval.Engine.Onnx.State;

/// <summary>Element sizes and the few element-wise conversions the engine needs, per ONNX element type.</summary>
internal static class TensorTypes
{
    public static int SizeOf(TensorElementType type) => type switch
    {
        TensorElementType.Float or TensorElementType.Int32 or TensorElementType.UInt32 => 4,
        TensorElementType.Float16 or TensorElementType.BFloat16 or TensorElementType.Int16 or TensorElementType.UInt16 => 2,
        TensorElementType.Int64 or TensorElementType.UInt64 or TensorElementType.Double => 8,
        TensorElementType.Int8 or TensorElementType.UInt8 or TensorElementType.Bool => 1,
        _ => throw new NotSupportedException($"tensor element type {type} is not supported by the engine."),
    };

    public static bool IsInteger(TensorElementType type) => type is TensorElementType.Int32 or TensorElementType.Int64;

    /// <summary>Writes a whole number into an int32 or int64 buffer.</summary>
    public static void WriteInt(NativeBuffer buffer, TensorElementType type, long index, long value)
    {
        if (type == TensorElementType.Int64) buffer.Span<long>(index, 1)[0] = value;
        else buffer.Span<int>(index, 1)[0] = checked((int)value);
    }

    /// <summary>Converts one row of logits (fp32, fp16 or bf16) to float for the search.</summary>
    public static void ToFloat(NativeBuffer buffer, TensorElementType type, long elementOffset, Span<float> destination)
    {
        switch (type)
        {
            case TensorElementType.Float:
                buffer.Span<float>(elementOffset, destination.Length).CopyTo(destination);
                break;
            case TensorElementType.Float16:
                System.Numerics.Tensors.TensorPrimitives.ConvertToSingle(buffer.Span<Half>(elementOffset, destination.Length), destination);
                break;
            case TensorElementType.BFloat16:
                var src = buffer.Span<ushort>(elementOffset, destination.Length);
                for (var i = 0; i < destination.Length; i++) destination[i] = BitConverter.Int32BitsToSingle(src[i] << 16);
                break;
            default:
                throw new NotSupportedException($"logits of type {type} are not supported.");
        }
    }
}
