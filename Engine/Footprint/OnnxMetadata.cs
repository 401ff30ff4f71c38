namespace QwenEval.Engine.Footprint;

/// <summary>
/// What an .onnx file declares, read without its weights: the graph's inputs and outputs, its nodes (operator,
/// domain, inputs and integer attributes), and every initializer's type, shape and where its bytes live.
/// </summary>
public sealed record OnnxMetadata(
    string Path,
    long FileBytes,
    IReadOnlyList<OnnxOpset> Opsets,
    IReadOnlyList<OnnxValue> Inputs,
    IReadOnlyList<OnnxValue> Outputs,
    IReadOnlyList<OnnxNode> Nodes,
    IReadOnlyList<OnnxInitializer> Initializers,
    long ConstantAttributeBytes)
{
    /// <summary>Bytes the initializers take once loaded (element count × element size), external or inline.</summary>
    public long InitializerBytes => Initializers.Sum(i => i.Bytes);

    /// <summary>The external data files the initializers point to, relative to the model's folder.</summary>
    public IReadOnlyList<string> ExternalFiles =>
        Initializers.Where(i => i.External is not null).Select(i => i.External!.Location).Distinct(StringComparer.Ordinal).ToList();
}

public sealed record OnnxOpset(string Domain, long Version);

/// <summary>A graph input or output: element type (ONNX TensorProto.DataType) and dimensions (a number, or a symbolic name).</summary>
public sealed record OnnxValue(string Name, int ElementType, IReadOnlyList<OnnxDim> Shape)
{
    public string TypeName => OnnxTypes.Name(ElementType);
}

public sealed record OnnxDim(long? Value, string? Param)
{
    public override string ToString() => Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Param ?? "?";
}

/// <summary>One node: its operator, domain ("" is the default ONNX domain), inputs by name and its integer attributes.</summary>
public sealed record OnnxNode(string Name, string OpType, string Domain, IReadOnlyList<string> Inputs, IReadOnlyDictionary<string, long> IntAttributes)
{
    public string QualifiedOp => Domain is "" or "ai.onnx" ? OpType : $"{Domain}.{OpType}";
}

/// <summary>Where an external initializer's bytes are: file (relative to the model), offset and length (null: the tensor's size).</summary>
public sealed record OnnxExternalData(string Location, long Offset, long? Length);

/// <summary>
/// One initializer. InlineBytes is the length of raw_data when stored inline that way (null for typed fields or
/// external data); Bytes is what the shape and element type need.
/// </summary>
public sealed record OnnxInitializer(string Name, int DataType, IReadOnlyList<long> Dims, long? InlineBytes, OnnxExternalData? External)
{
    public long Elements => Dims.Aggregate(1L, (a, d) => a * d);

    public long Bytes => OnnxTypes.BytesFor(DataType, Elements);
}

/// <summary>ONNX element types (onnx.proto3 TensorProto.DataType) and their sizes.</summary>
public static class OnnxTypes
{
    public const int Float = 1, UInt8 = 2, Int8 = 3, UInt16 = 4, Int16 = 5, Int32 = 6, Int64 = 7, String = 8, Bool = 9,
        Float16 = 10, Double = 11, UInt32 = 12, UInt64 = 13, Complex64 = 14, Complex128 = 15, BFloat16 = 16,
        UInt4 = 21, Int4 = 22, Float4E2M1 = 23;

    /// <summary>Bits per element; 0 for strings and unknown types.</summary>
    public static int Bits(int type) => type switch
    {
        Float or Int32 or UInt32 => 32,
        UInt8 or Int8 or Bool or 17 or 18 or 19 or 20 => 8,
        UInt16 or Int16 or Float16 or BFloat16 => 16,
        Int64 or UInt64 or Double or Complex64 => 64,
        Complex128 => 128,
        UInt4 or Int4 or Float4E2M1 => 4,
        _ => 0,
    };

    public static long BytesFor(int type, long elements) => (elements * Bits(type) + 7) / 8;

    public static string Name(int type) => type switch
    {
        Float => "float32",
        UInt8 => "uint8",
        Int8 => "int8",
        UInt16 => "uint16",
        Int16 => "int16",
        Int32 => "int32",
        Int64 => "int64",
        String => "string",
        Bool => "bool",
        Float16 => "float16",
        Double => "float64",
        UInt32 => "uint32",
        UInt64 => "uint64",
        BFloat16 => "bfloat16",
        UInt4 => "uint4",
        Int4 => "int4",
        _ => $"type {type}",
    };
}
