using QwenEval.Synthetic.Graph;
using QwenEval.Engine.Onnx.Proto;

namespace QwenEval.Synthetic;

/// <summary>
/// The pieces every generated decoder shares, emitted the way the GenAI builder emits them: projections
/// (MatMul or MatMulNBits, plus bias), RMS norms (SimplifiedLayerNormalization and the Skip variant that also
/// returns the residual sum), the SwiGLU MLP, the GroupQueryAttention mask inputs and the rotary tables.
/// </summary>
internal sealed class DecoderGraphParts(OnnxGraphBuilder graph, TinyModelSpec spec)
{
    public const TensorProto.Types.DataType Float = TensorProto.Types.DataType.Float;
    public const TensorProto.Types.DataType Int64 = TensorProto.Types.DataType.Int64;

    public OnnxGraphBuilder Graph { get; } = graph;

    /// <summary>"/model/layers.0/attn/qkv_proj" becomes "model.layers.0.attn.qkv_proj".</summary>
    public static string ParamName(string basename) => basename.TrimStart('/').Replace('/', '.');

    /// <summary>x·W (+ b). Returns the output name; <paramref name="outputName"/> names a graph output directly.</summary>
    public string Linear(string basename, string input, LinearWeight w, string? outputName = null)
    {
        var param = ParamName(basename);
        string product;
        bool biasFollows = w.Bias is not null;
        if (w.Quantized is { } q)
        {
            var weight = Graph.Initializer(TensorFactory.UInt8(param + ".weight_Q4", q.PackedWeight, q.N, q.BlocksPerColumn, q.BlockSize / 2));
            var scales = Graph.Initializer(TensorFactory.Float32(param + ".scales", q.Scales, q.Scales.Length));
            var node = Graph.Node("MatMulNBits", basename + "/MatMulNBits").Domain(Domains.Microsoft).Inputs(input, weight, scales)
                .Attr("K", q.K).Attr("N", q.N).Attr("bits", 4).Attr("block_size", q.BlockSize).Attr("accuracy_level", spec.Int4AccuracyLevel);
            product = outputName is not null && !biasFollows ? node.Outputs(outputName)[0] : node.Output();
        }
        else
        {
            var weight = Graph.Initializer(TensorFactory.Float32(param + ".weight", w.Weight, w.In, w.Out));
            var node = Graph.Node("MatMul", basename + "/MatMul").Inputs(input, weight);
            product = outputName is not null && !biasFollows ? node.Outputs(outputName)[0] : node.Output();
        }
        if (w.Bias is null) return product;
        var bias = Graph.Initializer(TensorFactory.Float32(param + ".bias", w.Bias, w.Out));
        var add = Graph.Node("Add", basename + "/Add").Inputs(product, bias);
        return outputName is not null ? add.Outputs(outputName)[0] : add.Output();
    }

    /// <summary>RMSNorm over the last axis: x / sqrt(mean(x²) + eps) · weight.</summary>
    /// <summary>
    /// A layer's input norm as the GenAI builder writes it: a plain RmsNorm on the first layer, later a SkipRmsNorm
    /// that also adds the previous layer's output into the residual stream.
    /// </summary>
    public string InputNorm(int layer, string hidden, string layerOutput, ref string residual, float[] weight)
    {
        var prefix = $"/model/layers.{layer}";
        var weightName = $"model.layers.{layer}.input_layernorm.weight";
        if (layer == 0) return RmsNorm($"{prefix}/input_layernorm/LayerNorm", hidden, weight, weightName);
        (var normed, residual) = SkipRmsNorm($"{prefix}/input_layernorm/SkipLayerNorm", layerOutput, residual, weight, weightName);
        return normed;
    }

    public string RmsNorm(string name, string input, float[] weight, string weightName)
    {
        var w = Graph.Initializer(TensorFactory.Float32(weightName, weight, weight.Length));
        return Graph.Node("SimplifiedLayerNormalization", name).Inputs(input, w)
            .Attr("axis", -1).Attr("epsilon", spec.RmsNormEps).Attr("stash_type", 1).Output();
    }

    /// <summary>RMSNorm of (input + skip); returns the normalized value and the sum (the new residual stream).</summary>
    public (string Normed, string Residual) SkipRmsNorm(string name, string input, string skip, float[] weight, string weightName, bool needResidual = true)
    {
        var w = Graph.Initializer(TensorFactory.Float32(weightName, weight, weight.Length));
        var node = Graph.Node("SkipSimplifiedLayerNormalization", name).Domain(Domains.Microsoft).Inputs(input, skip, w)
            .Attr("epsilon", spec.RmsNormEps);
        if (!needResidual) return (node.Output(), "");
        var outs = node.Outputs($"{name}/output_0", "", "", $"{name}/output_3");
        return (outs[0], outs[3]);
    }

    /// <summary>down(silu(x·gate) * (x·up)), as the builder's make_mlp_proj writes it.</summary>
    public string SwiGluMlp(string basename, string input, LinearWeight gate, LinearWeight up, LinearWeight down)
    {
        var g = Linear(basename + "/gate_proj", input, gate);
        var u = Linear(basename + "/up_proj", input, up);
        var silu = Silu(basename + "/act_fn", g);
        var product = Graph.Node("Mul", basename + "/Mul").Inputs(silu, u).Output();
        return Linear(basename + "/down_proj", product, down);
    }

    public string Silu(string basename, string input)
    {
        var sigmoid = Graph.Node("Sigmoid", basename + "/Sigmoid").Inputs(input).Output();
        return Graph.Node("Mul", basename + "/Mul").Inputs(input, sigmoid).Output();
    }

    public string Reshape(string name, string input, params long[] shape) =>
        Graph.Node("Reshape", name).Inputs(input, Graph.ConstantInt64(shape)).Output();

    /// <summary>seqlens_k = ReduceSum(mask) - 1 and total_sequence_length = mask.shape[1], both int32, as GroupQueryAttention wants.</summary>
    public (string SeqlensK, string TotalSequenceLength) AttentionMaskInputs(string attentionMask)
    {
        const string basename = "/model/attn_mask_reformat/attn_mask_subgraph";
        var sum = Graph.Node("ReduceSum", basename + "/ReduceSum").Inputs(attentionMask, Graph.ConstantInt64(1)).Attr("keepdims", 0).Output();
        var sub = Graph.Node("Sub", basename + "/Sub").Inputs(sum, Graph.ConstantInt64(1)).Output();
        var seqlens = Graph.Node("Cast", basename + "/Sub/Cast").Inputs(sub).Attr("to", (long)TensorProto.Types.DataType.Int32).Output();
        var shape = Graph.Node("Shape", basename + "/Shape").Inputs(attentionMask).Output();
        var gather = Graph.Node("Gather", basename + "/Gather").Inputs(shape, Graph.ScalarInt64(1)).Attr("axis", 0).Output();
        var total = Graph.Node("Cast", basename + "/Gather/Cast").Inputs(gather).Attr("to", (long)TensorProto.Types.DataType.Int32).Output();
        return (seqlens, total);
    }

    /// <summary>cos/sin tables [context_length, rotary_dim / 2] for non-interleaved rotary embedding.</summary>
    public (string Cos, string Sin) RotaryCaches(string cosName, string sinName)
    {
        var (cos, sin) = RotaryTables.Build(spec.ContextLength, spec.RotaryDim, spec.RopeTheta);
        int half = spec.RotaryDim / 2;
        return (Graph.Initializer(TensorFactory.Float32(cosName, cos, spec.ContextLength, half)),
                Graph.Initializer(TensorFactory.Float32(sinName, sin, spec.ContextLength, half)));
    }
}

/// <summary>Rotary tables shared by the graphs and the reference forward pass, so both use identical floats.</summary>
public static class RotaryTables
{
    public static (float[] Cos, float[] Sin) Build(int contextLength, int rotaryDim, float theta)
    {
        int half = rotaryDim / 2;
        var cos = new float[contextLength * half];
        var sin = new float[contextLength * half];
        for (int i = 0; i < half; i++)
        {
            // Deterministic math, so the tables (written into the model) are identical on every platform.
            double invFreq = 1.0 / DeterministicMath.Pow(theta, 2.0 * i / rotaryDim);
            for (int p = 0; p < contextLength; p++)
            {
                var (s, c) = DeterministicMath.SinCos(p * invFreq);
                cos[p * half + i] = (float)c;
                sin[p * half + i] = (float)s;
            }
        }
        return (cos, sin);
    }
}
