using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using NUnit.Framework;
using QwenEval.Synthetic;
using QwenEval.Harness.Cli;

namespace QwenEval.Tests.Synthetic;
public class GeneratedFolderTests
{
    private string _root = "";

    [SetUp]
    public void SetUp() => _root = Directory.CreateTempSubdirectory("qweneval-synth-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Qwen2FolderHasTheGenaiBuilderIo()
    {
        var spec = SyntheticModelTests.Small(SyntheticArch.Qwen2);
        var model = TinyModelGenerator.Generate(spec, _root);
        using var session = new InferenceSession(Path.Combine(_root, "model.onnx"));

        var expectedInputs = new List<string> { "input_ids", "attention_mask" };
        for (int i = 0; i < spec.NumLayers; i++) expectedInputs.AddRange([$"past_key_values.{i}.key", $"past_key_values.{i}.value"]);
        Assert.That(session.InputNames, Is.EqualTo(expectedInputs));
        Assert.That(session.InputMetadata["input_ids"].ElementDataType, Is.EqualTo(TensorElementType.Int64));
        Assert.That(session.InputMetadata["attention_mask"].ElementDataType, Is.EqualTo(TensorElementType.Int64));
        Assert.That(session.InputMetadata["past_key_values.0.key"].SymbolicDimensions, Is.EqualTo(new[] { "batch_size", "", "past_sequence_length", "" }));
        Assert.That(session.InputMetadata["past_key_values.0.key"].Dimensions, Is.EqualTo(new[] { -1, spec.NumKvHeads, -1, spec.HeadSize }));
        Assert.That(session.OutputNames[0], Is.EqualTo("logits"));
        Assert.That(session.OutputMetadata["logits"].ElementDataType, Is.EqualTo(TensorElementType.Float));
        Assert.That(session.OutputMetadata["logits"].Dimensions[2], Is.EqualTo(model.Tokenizer.VocabSize));
        Assert.That(session.OutputNames, Does.Contain("present.1.value"));

        using var config = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_root, "genai_config.json")));
        var m = config.RootElement.GetProperty("model");
        Assert.That(m.GetProperty("type").GetString(), Is.EqualTo("qwen2"));
        Assert.That(m.GetProperty("vocab_size").GetInt32(), Is.EqualTo(model.Tokenizer.VocabSize));
        Assert.That(m.GetProperty("eos_token_id").EnumerateArray().Select(e => e.GetInt32()),
            Is.EqualTo(new[] { model.Tokenizer.Id("<|im_end|>"), model.Tokenizer.Id("<|endoftext|>") }));
        Assert.That(m.GetProperty("decoder").GetProperty("inputs").TryGetProperty("position_ids", out _), Is.False,
            "GroupQueryAttention applies rotary itself, so the builder drops position_ids");
        Assert.That(config.RootElement.GetProperty("search").GetProperty("past_present_share_buffer").GetBoolean(), Is.True);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Qwen35FolderHasHybridCacheIo(bool separateEmbedding)
    {
        var spec = SyntheticModelTests.Small(SyntheticArch.Qwen35, separateEmbedding: separateEmbedding) with { NumLayers = 8 };
        TinyModelGenerator.Generate(spec, _root);
        using var session = new InferenceSession(Path.Combine(_root, "model.onnx"));

        var inputs = session.InputNames.ToList();
        Assert.That(inputs[0], Is.EqualTo(separateEmbedding ? "inputs_embeds" : "input_ids"));
        Assert.That(session.InputMetadata["position_ids"].Dimensions.Length, Is.EqualTo(separateEmbedding ? 3 : 2));
        Assert.That(inputs.Where(n => n.EndsWith(".key", StringComparison.Ordinal)), Is.EqualTo(new[] { "past_key_values.3.key", "past_key_values.7.key" }));
        Assert.That(inputs, Does.Contain("past_key_values.0.conv_state").And.Contain("past_key_values.6.recurrent_state"));
        Assert.That(inputs, Does.Not.Contain("past_key_values.3.conv_state"));
        Assert.That(session.InputMetadata["past_key_values.0.conv_state"].Dimensions,
            Is.EqualTo(new[] { -1, spec.LinearConvDim, spec.LinearConvKernel - 1 }));
        Assert.That(session.InputMetadata["past_key_values.0.recurrent_state"].Dimensions,
            Is.EqualTo(new[] { -1, spec.LinearNumValueHeads, spec.LinearKeyHeadDim, spec.LinearValueHeadDim }));
        Assert.That(session.OutputNames, Does.Contain("present.0.conv_state").And.Contain("present.0.recurrent_state").And.Contain("present.7.value"));

        using var config = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_root, "genai_config.json")));
        var m = config.RootElement.GetProperty("model");
        Assert.That(m.GetProperty("type").GetString(), Is.EqualTo(separateEmbedding ? "qwen3_5" : "qwen3_5_text"));
        Assert.That(m.TryGetProperty("embedding", out _), Is.EqualTo(separateEmbedding));
        if (separateEmbedding)
        {
            using var embedding = new InferenceSession(Path.Combine(_root, "embedding.onnx"));
            Assert.That(embedding.InputNames, Is.EqualTo(new[] { "input_ids", "image_features" }));
            Assert.That(embedding.OutputNames, Is.EqualTo(new[] { "inputs_embeds" }));
        }
        using var hf = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_root, "config.json")));
        Assert.That(hf.RootElement.GetProperty("text_config").GetProperty("layer_types").EnumerateArray().Select(e => e.GetString()),
            Is.EqualTo(spec.LayerTypes));
    }

    [Test]
    public void SameSeedGivesIdenticalBytesAndAnotherSeedDoesNot()
    {
        var spec = SyntheticModelTests.Small(SyntheticArch.Qwen35Moe, int4: true);
        TinyModelGenerator.Generate(spec, Path.Combine(_root, "a"));
        TinyModelGenerator.Generate(spec, Path.Combine(_root, "b"));
        TinyModelGenerator.Generate(spec with { Seed = spec.Seed + 1 }, Path.Combine(_root, "c"));
        var a = Hashes(Path.Combine(_root, "a"));
        Assert.That(Hashes(Path.Combine(_root, "b")), Is.EqualTo(a));
        var c = Hashes(Path.Combine(_root, "c"));
        Assert.That(c["model.onnx"], Is.Not.EqualTo(a["model.onnx"]));
        Assert.That(c["tokenizer.json"], Is.EqualTo(a["tokenizer.json"]), "the tokenizer does not depend on the seed");
    }

    [Test]
    public void ExternalDataHoldsLargeInitializersAndStillLoads()
    {
        var spec = SyntheticModelTests.Small(SyntheticArch.Qwen2) with { ExternalDataThresholdBytes = 1024 };
        TinyModelGenerator.Generate(spec, _root);
        var data = new FileInfo(Path.Combine(_root, "model.onnx.data"));
        Assert.That(data.Exists, Is.True);
        Assert.That(data.Length, Is.GreaterThan(new FileInfo(Path.Combine(_root, "model.onnx")).Length));
        using var decoder = new OrtStepDecoder(_root, spec, shareBuffer: false);
        Assert.That(decoder.Run([1, 2, 3], [3]), Has.Count.EqualTo(3));
    }

    internal static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
[Category("Slow")]
public class SizedModelTests
{
    [TestCase(SyntheticArch.Qwen2, false)]
    [TestCase(SyntheticArch.Qwen35Moe, true)]
    public void SizeKnobWritesAboutTheRequestedBytesAndTheModelRuns(SyntheticArch arch, bool int4)
    {
        var root = Directory.CreateTempSubdirectory("qweneval-synth-").FullName;
        try
        {
            const long target = 64L * 1024 * 1024;
            var model = TinyModelGenerator.Create(DefaultSpecs.For(arch) with { Int4 = int4 });
            var spec = ModelSizing.ForTargetBytes(model.Spec, target, model.Tokenizer.VocabSize);
            TinyModelGenerator.Generate(spec, root);
            long bytes = Directory.GetFiles(root).Sum(f => new FileInfo(f).Length);
            Assert.That(bytes, Is.InRange(target * 9 / 10, target * 3 / 2));
            Assert.That(new FileInfo(Path.Combine(root, "model.onnx")).Length, Is.LessThan(1024 * 1024), "weights live in model.onnx.data");
            using var decoder = new OrtStepDecoder(root, spec, shareBuffer: false);
            var logits = decoder.Run([1, 2, 3, 4], [3, 1]);
            Assert.That(logits.SelectMany(l => l), Has.All.Matches<float>(float.IsFinite));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
