using System.Globalization;
using QwenEval.Engine.Onnx.Proto;

namespace QwenEval.Synthetic.Graph;

/// <summary>
/// Collects inputs, outputs, initializers and nodes of one ONNX graph in the order they are added, so the same
/// calls always serialize to the same bytes. Node and value names follow the GenAI model builder
/// ("/model/layers.0/attn/MatMul", outputs "&lt;node&gt;/output_0") so generated graphs read like exported ones.
/// </summary>
public sealed class OnnxGraphBuilder
{
    private readonly GraphProto _graph;
    private readonly SortedDictionary<string, long> _opsets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _initializerNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nodeNames = new(StringComparer.Ordinal);

    public OnnxGraphBuilder(string graphName = "main_graph")
    {
        _graph = new GraphProto { Name = graphName };
    }

    public OnnxGraphBuilder Opset(string domain, long version)
    {
        _opsets[domain] = version;
        return this;
    }

    public OnnxGraphBuilder Input(string name, TensorProto.Types.DataType type, params Dim[] shape)
    {
        _graph.Input.Add(Value(name, type, shape));
        return this;
    }

    public OnnxGraphBuilder Output(string name, TensorProto.Types.DataType type, params Dim[] shape)
    {
        _graph.Output.Add(Value(name, type, shape));
        return this;
    }

    /// <summary>Adds an initializer and returns its name, for use as a node input.</summary>
    public string Initializer(TensorProto tensor)
    {
        if (!_initializerNames.Add(tensor.Name)) throw new InvalidOperationException($"Initializer '{tensor.Name}' added twice.");
        _graph.Initializer.Add(tensor);
        return tensor.Name;
    }

    public bool HasInitializer(string name) => _initializerNames.Contains(name);

    /// <summary>An int64 constant named like the builder's ("/model/constants/INT64/[0, 0, 4, 32]"), added once and shared.</summary>
    public string ConstantInt64(params long[] values)
    {
        var name = "/model/constants/INT64/[" + string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "]";
        if (!HasInitializer(name)) Initializer(TensorFactory.Int64(name, values, values.Length));
        return name;
    }

    /// <summary>A rank-0 int64 constant ("/model/constants/INT64/1").</summary>
    public string ScalarInt64(long value)
    {
        var name = "/model/constants/INT64/" + value.ToString(CultureInfo.InvariantCulture);
        if (!HasInitializer(name)) Initializer(TensorFactory.Int64(name, [value]));
        return name;
    }

    /// <summary>A one-element float constant ("/model/constants/FLOAT/0.125").</summary>
    public string ConstantFloat(float value)
    {
        var name = "/model/constants/FLOAT/" + value.ToString("R", CultureInfo.InvariantCulture);
        if (!HasInitializer(name)) Initializer(TensorFactory.Float32(name, [value], 1));
        return name;
    }

    /// <summary>Starts a node; finish it with <see cref="NodeBuilder.Outputs(int)"/> or <see cref="NodeBuilder.Output"/>.</summary>
    public NodeBuilder Node(string opType, string name) => new(this, opType, name);

    internal void AddNode(NodeProto node)
    {
        if (!_nodeNames.Add(node.Name)) throw new InvalidOperationException($"Node '{node.Name}' added twice.");
        _graph.Node.Add(node);
    }

    public ModelProto Build(string producerName = "onnxruntime-genai", long irVersion = 10)
    {
        var model = new ModelProto { IrVersion = irVersion, ProducerName = producerName, Graph = _graph };
        foreach (var (domain, version) in _opsets) model.OpsetImport.Add(new OperatorSetIdProto { Domain = domain, Version = version });
        return model;
    }

    private static ValueInfoProto Value(string name, TensorProto.Types.DataType type, Dim[] shape)
    {
        var tensorShape = new TensorShapeProto();
        foreach (var d in shape)
        {
            tensorShape.Dim.Add(d.Symbol is null
                ? new TensorShapeProto.Types.Dimension { DimValue = d.Size!.Value }
                : new TensorShapeProto.Types.Dimension { DimParam = d.Symbol });
        }
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)type, Shape = tensorShape } },
        };
    }
}

/// <summary>One node under construction: inputs, domain and attributes, then its outputs close it.</summary>
public sealed class NodeBuilder
{
    private readonly OnnxGraphBuilder _graph;
    private readonly NodeProto _node;

    internal NodeBuilder(OnnxGraphBuilder graph, string opType, string name)
    {
        _graph = graph;
        _node = new NodeProto { OpType = opType, Name = name };
    }

    /// <summary>Input names in schema order; "" leaves an optional input out.</summary>
    public NodeBuilder Inputs(params string[] inputs)
    {
        _node.Input.AddRange(inputs);
        return this;
    }

    public NodeBuilder Domain(string domain)
    {
        _node.Domain = domain;
        return this;
    }

    public NodeBuilder Attr(string name, long value) => Add(new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value });

    public NodeBuilder Attr(string name, float value) => Add(new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Float, F = value });

    public NodeBuilder Attr(string name, string value) =>
        Add(new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.String, S = Google.Protobuf.ByteString.CopyFromUtf8(value) });

    public NodeBuilder AttrInts(string name, params long[] values)
    {
        var a = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints };
        a.Ints.AddRange(values);
        return Add(a);
    }

    /// <summary>Closes the node with outputs named "&lt;node&gt;/output_i" and returns those names.</summary>
    public string[] Outputs(int count) =>
        Outputs(Enumerable.Range(0, count).Select(i => $"{_node.Name}/output_{i}").ToArray());

    /// <summary>Closes the node with the given output names ("" skips an optional output).</summary>
    public string[] Outputs(params string[] names)
    {
        _node.Output.AddRange(names);
        _graph.AddNode(_node);
        return names;
    }

    /// <summary>Closes a single-output node and returns the output's name.</summary>
    public string Output() => Outputs(1)[0];

    private NodeBuilder Add(AttributeProto attribute)
    {
        _node.Attribute.Add(attribute);
        return this;
    }
}
