using System.Globalization;
using System.Text;
using QwenEval.Core;
using QwenEval.Engine.Onnx.Proto;

namespace QwenEval.Engine.Footprint;

/// <summary>An .onnx file that does not parse: truncated, not ONNX, or inconsistent. The message names the file and where.</summary>
public sealed class OnnxFormatException(string path, string problem)
    : UserInputException($"{path}: {problem} Export or download the model file again.")
{
    public string File { get; } = path;
}

/// <summary>
/// Reads an .onnx file's structure by walking the protobuf wire format (onnx.proto3) and seeking over tensor data,
/// so a multi-gigabyte model with inline weights costs a few megabytes to inspect. Small messages (graph inputs and
/// outputs, opset imports) go through the classes generated from Engine/Onnx/Proto/onnx.proto3.
/// </summary>
public static class OnnxMetadataReader
{
    // Field numbers from onnx.proto3 (ModelProto, GraphProto, NodeProto, AttributeProto, TensorProto).
    private const int ModelOpsetImport = 8, ModelGraph = 7;
    private const int GraphNode = 1, GraphInitializer = 5, GraphInput = 11, GraphOutput = 12, GraphSparseInitializer = 15;
    private const int NodeInput = 1, NodeName = 3, NodeOpType = 4, NodeAttribute = 5, NodeDomain = 7;
    private const int AttrName = 1, AttrInt = 3, AttrTensor = 5;
    private const int TensorDims = 1, TensorDataType = 2, TensorName = 8, TensorRawData = 9, TensorExternalData = 13, TensorDataLocation = 14;

    /// <summary>Messages larger than this are never read into memory whole (they hold weights).</summary>
    private const int SmallMessageLimit = 16 << 20;

    public static OnnxMetadata Read(string path)
    {
        if (!System.IO.File.Exists(path)) throw new UserInputException($"{path}: not found.");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var reader = new WireReader(stream, path);
        var opsets = new List<OnnxOpset>();
        var inputs = new List<OnnxValue>();
        var outputs = new List<OnnxValue>();
        var nodes = new List<OnnxNode>();
        var initializers = new List<OnnxInitializer>();
        long constantBytes = 0;
        var sawGraph = false;
        if (stream.Length == 0) throw new OnnxFormatException(path, "the file is empty, not an ONNX model.");

        while (!reader.AtEnd(stream.Length))
        {
            var (field, wire) = reader.Tag("ModelProto");
            if (field == ModelOpsetImport && wire == 2)
            {
                var opset = OperatorSetIdProto.Parser.ParseFrom(reader.SmallMessage("opset_import", SmallMessageLimit));
                opsets.Add(new OnnxOpset(opset.Domain, opset.Version));
            }
            else if (field == ModelGraph && wire == 2)
            {
                sawGraph = true;
                var end = reader.MessageEnd("graph");
                while (reader.Position < end)
                {
                    var (gf, gw) = reader.Tag("graph");
                    switch (gf)
                    {
                        case GraphNode when gw == 2:
                            nodes.Add(ReadNode(reader, ref constantBytes));
                            break;
                        case GraphInitializer when gw == 2:
                            initializers.Add(ReadTensor(reader, $"graph.initializer[{initializers.Count}]"));
                            break;
                        case GraphInput when gw == 2:
                            inputs.Add(ReadValue(reader, "graph.input"));
                            break;
                        case GraphOutput when gw == 2:
                            outputs.Add(ReadValue(reader, "graph.output"));
                            break;
                        case GraphSparseInitializer when gw == 2:
                            constantBytes += reader.SkipMessage("graph.sparse_initializer");
                            break;
                        default:
                            reader.Skip(gw, "graph");
                            break;
                    }
                }
                reader.ExpectAt(end, "graph");
            }
            else reader.Skip(wire, "ModelProto");
        }
        if (!sawGraph) throw new OnnxFormatException(path, "has no graph (ModelProto.graph is missing); it is not an ONNX model or it is cut short.");
        // Writers put opset_import (field 8) after the graph: a file cut right after the graph lacks it.
        if (opsets.Count == 0) throw new OnnxFormatException(path, "has no opset_import after its graph; the file is cut short or not an ONNX model.");
        return new OnnxMetadata(Path.GetFullPath(path), stream.Length, opsets, inputs, outputs, nodes, initializers, constantBytes);
    }

    private static OnnxValue ReadValue(WireReader reader, string where)
    {
        var info = ValueInfoProto.Parser.ParseFrom(reader.SmallMessage(where, SmallMessageLimit));
        var tensor = info.Type?.TensorType;
        var dims = tensor?.Shape?.Dim.Select(d => d.ValueCase switch
        {
            TensorShapeProto.Types.Dimension.ValueOneofCase.DimValue => new OnnxDim(d.DimValue, null),
            TensorShapeProto.Types.Dimension.ValueOneofCase.DimParam => new OnnxDim(null, d.DimParam),
            _ => new OnnxDim(null, null),
        }).ToList() ?? [];
        return new OnnxValue(info.Name, tensor?.ElemType ?? 0, dims);
    }

    private static OnnxNode ReadNode(WireReader reader, ref long constantBytes)
    {
        var end = reader.MessageEnd("graph.node");
        string name = "", op = "", domain = "";
        var inputs = new List<string>();
        var ints = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Position < end)
        {
            var (f, w) = reader.Tag("graph.node");
            switch (f)
            {
                case NodeInput when w == 2:
                    inputs.Add(reader.String("node.input"));
                    break;
                case NodeName when w == 2:
                    name = reader.String("node.name");
                    break;
                case NodeOpType when w == 2:
                    op = reader.String("node.op_type");
                    break;
                case NodeDomain when w == 2:
                    domain = reader.String("node.domain");
                    break;
                case NodeAttribute when w == 2:
                    ReadAttribute(reader, ints, ref constantBytes);
                    break;
                default:
                    reader.Skip(w, "graph.node");
                    break;
            }
        }
        reader.ExpectAt(end, $"graph.node \"{name}\"");
        return new OnnxNode(name, op, domain, inputs, ints);
    }

    // Keeps integer attributes (MatMulNBits K, N, bits, block_size, accuracy_level); tensor attributes (Constant) only count.
    private static void ReadAttribute(WireReader reader, Dictionary<string, long> ints, ref long constantBytes)
    {
        var end = reader.MessageEnd("node.attribute");
        string? name = null;
        long? value = null;
        while (reader.Position < end)
        {
            var (f, w) = reader.Tag("node.attribute");
            if (f == AttrName && w == 2) name = reader.String("attribute.name");
            else if (f == AttrInt && w == 0) value = (long)reader.Varint("attribute.i");
            else if (f == AttrTensor && w == 2) constantBytes += reader.SkipMessage("attribute.t");
            else reader.Skip(w, "node.attribute");
        }
        reader.ExpectAt(end, "node.attribute");
        if (name is not null && value is { } v) ints[name] = v;
    }

    private static OnnxInitializer ReadTensor(WireReader reader, string where)
    {
        var end = reader.MessageEnd(where);
        var dims = new List<long>();
        var type = 0;
        var name = "";
        long? inline = null;
        var external = new Dictionary<string, string>(StringComparer.Ordinal);
        var location = 0L;
        while (reader.Position < end)
        {
            var (f, w) = reader.Tag(where);
            switch (f)
            {
                case TensorDims when w == 0:
                    dims.Add((long)reader.Varint("dims"));
                    break;
                case TensorDims when w == 2:
                    var dimsEnd = reader.MessageEnd("dims");
                    while (reader.Position < dimsEnd) dims.Add((long)reader.Varint("dims"));
                    reader.ExpectAt(dimsEnd, "dims");
                    break;
                case TensorDataType when w == 0:
                    type = (int)reader.Varint("data_type");
                    break;
                case TensorName when w == 2:
                    name = reader.String("name");
                    break;
                case TensorRawData when w == 2:
                    inline = reader.SkipMessage($"initializer \"{name}\" raw_data");
                    break;
                case TensorExternalData when w == 2:
                    var entry = StringStringEntryProto.Parser.ParseFrom(reader.SmallMessage("external_data", SmallMessageLimit));
                    external[entry.Key] = entry.Value;
                    break;
                case TensorDataLocation when w == 0:
                    location = (long)reader.Varint("data_location");
                    break;
                default:
                    reader.Skip(w, where);
                    break;
            }
        }
        reader.ExpectAt(end, where);
        OnnxExternalData? ext = null;
        if (location == 1 || external.Count > 0)
        {
            if (!external.TryGetValue("location", out var file) || file.Length == 0)
                throw new OnnxFormatException(reader.File, $"initializer \"{name}\" is stored externally but names no file (external_data has no \"location\").");
            ext = new OnnxExternalData(file, ParseLong(external, "offset", reader.File, name) ?? 0, ParseLong(external, "length", reader.File, name));
        }
        return new OnnxInitializer(name, type, dims, inline, ext);
    }

    private static long? ParseLong(Dictionary<string, string> entries, string key, string file, string tensor)
    {
        if (!entries.TryGetValue(key, out var text)) return null;
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new OnnxFormatException(file, $"initializer \"{tensor}\": external_data {key} \"{text}\" is not a byte count.");
    }

    /// <summary>Protobuf wire-format reading over a seekable stream, with bounds checks that report truncation.</summary>
    private sealed class WireReader(Stream stream, string file)
    {
        public string File => file;

        public long Position => stream.Position;

        public bool AtEnd(long length) => stream.Position >= length;

        public (int Field, int Wire) Tag(string where)
        {
            var tag = Varint(where);
            var field = (int)(tag >> 3);
            var wire = (int)(tag & 7);
            if (field == 0 || wire is 3 or 4 or 6 or 7)
                throw new OnnxFormatException(file, $"is not valid ONNX: bad field tag {tag} in {where} at byte {stream.Position}.");
            return (field, wire);
        }

        public ulong Varint(string where)
        {
            ulong result = 0;
            for (var shift = 0; shift < 64; shift += 7)
            {
                var b = stream.ReadByte();
                if (b < 0) throw Truncated(where, 1);
                result |= (ulong)(b & 0x7f) << shift;
                if ((b & 0x80) == 0) return result;
            }
            throw new OnnxFormatException(file, $"is not valid ONNX: an over-long number in {where} at byte {stream.Position}.");
        }

        /// <summary>Reads a length prefix and returns where the message ends, checking the file holds it.</summary>
        public long MessageEnd(string where)
        {
            var length = (long)Varint(where);
            var end = stream.Position + length;
            if (length < 0 || end > stream.Length) throw Truncated(where, end - stream.Length);
            return end;
        }

        public long SkipMessage(string where)
        {
            var end = MessageEnd(where);
            var length = end - stream.Position;
            stream.Seek(end, SeekOrigin.Begin);
            return length;
        }

        public byte[] SmallMessage(string where, int limit)
        {
            var end = MessageEnd(where);
            var length = end - stream.Position;
            if (length > limit) throw new OnnxFormatException(file, $"is not valid ONNX: {where} at byte {stream.Position} claims {length:N0} bytes.");
            var bytes = new byte[length];
            stream.ReadExactly(bytes);
            return bytes;
        }

        public string String(string where) => Encoding.UTF8.GetString(SmallMessage(where, SmallMessageLimit));

        public void Skip(int wire, string where)
        {
            switch (wire)
            {
                case 0:
                    Varint(where);
                    break;
                case 1:
                    Seek(8, where);
                    break;
                case 5:
                    Seek(4, where);
                    break;
                case 2:
                    SkipMessage(where);
                    break;
                default:
                    throw new OnnxFormatException(file, $"is not valid ONNX: wire type {wire} in {where} at byte {stream.Position}.");
            }
        }

        public void ExpectAt(long end, string where)
        {
            if (stream.Position != end)
                throw new OnnxFormatException(file, $"is not valid ONNX: {where} overruns its length (ends at byte {stream.Position}, declared {end}).");
        }

        private void Seek(long bytes, string where)
        {
            if (stream.Position + bytes > stream.Length) throw Truncated(where, stream.Position + bytes - stream.Length);
            stream.Seek(bytes, SeekOrigin.Current);
        }

        private OnnxFormatException Truncated(string where, long missing) =>
            new(file, $"is truncated: {where} needs {Math.Max(missing, 1):N0} more bytes than the file's {stream.Length:N0}.");
    }
}
