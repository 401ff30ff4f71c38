using Microsoft.ML.OnnxRuntime;
using NUnit.Framework;
using QwenEval.Synthetic.Graph;
using QwenEval.Engine.Onnx.Proto;
using QwenEval.Synthetic.Tokenizer;

namespace QwenEval.Tests.Synthetic;
public class GraphBuilderTests
{
    [Test]
    public void Fp16InitializerAndSymbolicDimsSurviveARoundTripThroughOnnxRuntime()
    {
        float[] values = [0.1f, -2.5f, 65504f, 1e-3f];
        var g = new OnnxGraphBuilder("test").Opset(Domains.Onnx, 21);
        g.Input("x", TensorProto.Types.DataType.Float, "batch_size", 4);
        g.Output("y", TensorProto.Types.DataType.Float, "batch_size", 4);
        var half = g.Initializer(TensorFactory.Float16("w", values, 4));
        var asFloat = g.Node("Cast", "/cast").Inputs(half).Attr("to", (long)TensorProto.Types.DataType.Float).Output();
        g.Node("Add", "/add").Inputs("x", asFloat).Outputs("y");
        var path = Path.Combine(Path.GetTempPath(), $"qweneval-graph-{Guid.NewGuid():N}.onnx");
        try
        {
            OnnxModelFile.Save(g.Build(), path, externalThresholdBytes: 4);
            Assert.That(File.Exists(path + ".data"), Is.True);
            using var session = new InferenceSession(path);
            Assert.That(session.InputMetadata["x"].SymbolicDimensions[0], Is.EqualTo("batch_size"));
            using var x = OrtValue.CreateTensorValueFromMemory(new float[8], [2, 4]);
            using var outputs = session.Run(new RunOptions(), new Dictionary<string, OrtValue> { ["x"] = x }, ["y"]);
            var expected = values.Select(v => (float)(Half)v).ToArray();
            Assert.That(outputs[0].GetTensorDataAsSpan<float>().ToArray(), Is.EqualTo(expected.Concat(expected)));
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".data");
        }
    }

    [Test]
    public void Int4QuantizationReconstructsWeightsWithinHalfAStep()
    {
        var rng = new QwenEval.Synthetic.WeightRandom(3);
        var w = rng.Uniform(64 * 8, 1f);
        var q = Int4BlockQuantizer.Quantize(w, 64, 8, 32);
        Assert.That(q.PackedWeight, Has.Length.EqualTo(8 * 2 * 16));
        for (int i = 0; i < w.Length; i++)
        {
            int col = i % 8, block = i / 8 / 32;
            Assert.That(q.Dequantized[i], Is.EqualTo(w[i]).Within(q.Scales[col * 2 + block] / 2 + 1e-6f));
        }
    }

    [Test]
    public void TokenizerVocabularyIsConsistent()
    {
        var tokenizer = new SyntheticTokenizer();
        var tokens = tokenizer.Bpe.Tokens;
        Assert.That(tokens.Take(256).Distinct().Count(), Is.EqualTo(256), "all 256 byte tokens come first");
        Assert.That(tokens[0], Is.EqualTo("!"), "Qwen's byte order");
        Assert.That(tokens.Distinct().Count(), Is.EqualTo(tokens.Count));
        Assert.That(tokenizer.Bpe.Merges, Has.Count.GreaterThan(300));
        Assert.That(tokenizer.Bpe.Merges.Select(m => m.Left + m.Right), Is.SubsetOf(tokens));
        Assert.That(tokens, Does.Contain("Ġreturn").And.Contain("def"), "learned from Python code");
        Assert.That(tokenizer.AddedTokens.Select(t => t.Id), Is.EqualTo(Enumerable.Range(tokens.Count, 5)));
        Assert.That(tokenizer.VocabSize, Is.EqualTo(tokens.Count + 5));
    }
}
