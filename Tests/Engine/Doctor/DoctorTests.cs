using System.Text.Json.Nodes;
using Google.Protobuf;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Engine.Doctor;
using QwenEval.Synthetic;
using QwenEval.Engine.Onnx.Proto;
using QwenEval.Tests.Support;
using QwenEval.Harness.Cli;

namespace QwenEval.Tests.Engine.Doctor;

/// <summary>`qweneval doctor`: accepts every healthy folder (warnings allowed) and rejects broken copies with the file and field.</summary>
public class DoctorTests
{
    private const string Fixtures = "fixtures/ort-genai-test-models";

    private static string TinyQwen35 => Path.Combine(TestPaths.Root, "models", "tiny-qwen35");

    private static string Copy(string from, TempDir dir, string name = "model")
    {
        var to = Path.Combine(dir.Path, name);
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        return to;
    }

    private static void EditConfig(string folder, Action<JsonNode> edit)
    {
        var path = Path.Combine(folder, "genai_config.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        edit(json);
        File.WriteAllText(path, json.ToJsonString());
    }

    /// <summary>Doctor must reject the folder with an error naming all the given parts (file, field, tensor...).</summary>
    private static DoctorReport Broken(string folder, params string[] mentions)
    {
        var report = FolderDoctor.Check(folder, new DoctorOptions(PromptTokens: 16, MaxNewTokens: 16));
        Assert.That(report.Healthy, Is.False, "doctor accepted a broken folder:\n" + string.Join("\n", report.Findings.Select(f => $"{f.Severity} {f.Message}")));
        var errors = report.Errors.Select(e => e.Message).ToList();
        Assert.That(errors.Any(e => mentions.All(e.Contains)),
            $"no error mentions all of [{string.Join(", ", mentions)}]; errors:\n{string.Join("\n", errors)}");
        return report;
    }

    [TestCase("tiny-random-gpt2-fp32")]
    [TestCase("tiny-qwen35-cuda")]
    [TestCase("tiny-random-lfm2-fp32")]
    [TestCase("qwen3-5")]
    public void AcceptsEverySharedFixture(string name)
    {
        var folder = TestPaths.RequireShared(Path.Combine(Fixtures, name));
        var (exit, stdout, err) = Cli.Run("doctor", "--model", folder);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), stdout + err);
        Assert.That(stdout, Does.Contain("healthy"));
        Assert.That(stdout, Does.Not.Contain("ERROR"));
    }

    [Test]
    public void SaysWhyAFixtureGetsWarnings()
    {
        var cuda = FolderDoctor.Check(TestPaths.RequireShared(Path.Combine(Fixtures, "tiny-qwen35-cuda")));
        Assert.That(cuda.Warnings.Select(w => w.Message), Has.Some.Contains("\"cuda\"").And.Some.Contains("CPU"));
        // The qwen3-5 fixture's tokenizer.json is stored out of band upstream: a warning, since only `run` needs it.
        var qwen = FolderDoctor.Check(TestPaths.RequireShared(Path.Combine(Fixtures, "qwen3-5")));
        Assert.That(qwen.Healthy);
        Assert.That(qwen.Warnings.Select(w => w.Message), Has.Some.Contains("tokenizer.json: not found").And.Some.Contains("git lfs pull"));
        Assert.That(qwen.Findings.Single(f => f.Check == "names" && f.Severity == DoctorSeverity.Ok).Message,
            Does.Contain("3 Gated DeltaNet state layers"));
        Assert.That(qwen.Footprint, Is.Not.Null);
    }

    [Test]
    public void AcceptsTheCommittedQwen35FolderWithoutWarnings()
    {
        var report = FolderDoctor.Check(TinyQwen35);
        Assert.That(report.Findings.Where(f => f.Severity != DoctorSeverity.Ok), Is.Empty);
        Assert.That(report.Findings.Select(f => f.Check).Distinct(), Is.EqualTo(new[] { "config", "files", "names", "memory", "operators", "tokenizer" }));
    }

    [Test]
    public void RejectsAMissingDecoder()
    {
        using var dir = new TempDir();
        var folder = Copy(TestPaths.RequireShared(Path.Combine(Fixtures, "tiny-random-gpt2-fp32")), dir);
        File.Delete(Path.Combine(folder, "past.onnx"));
        Broken(folder, "past.onnx", "not found", "$.model.decoder.filename");
        var (exit, stdout, _) = Cli.Run("doctor", "--model", folder);
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageOrInput));
        Assert.That(stdout, Does.Contain("broken"));
    }

    [Test]
    public void RejectsATruncatedOnnxFile()
    {
        using var dir = new TempDir();
        var folder = Copy(TestPaths.RequireShared(Path.Combine(Fixtures, "tiny-random-lfm2-fp32")), dir);
        var path = Path.Combine(folder, "decoder.onnx");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);
        Broken(folder, path, "truncated");
    }

    [Test]
    public void RejectsTruncatedOrMissingExternalData()
    {
        using var dir = new TempDir();
        var folder = Path.Combine(dir.Path, "ext");
        TinyModelGenerator.Generate(DefaultSpecs.For(SyntheticArch.Qwen35) with { ExternalDataThresholdBytes = ModelSizing.ExternalDataThresholdBytes }, folder);
        var data = Path.Combine(folder, "model.onnx.data");
        using (var stream = new FileStream(data, FileMode.Open)) stream.SetLength(stream.Length - 100);
        Broken(folder, "model.onnx.data", "truncated", "initializer");
        File.Delete(data);
        Broken(folder, data, "not found", "model.onnx");
    }

    [Test]
    public void RejectsAnInputRenamedInTheConfig()
    {
        using var dir = new TempDir();
        var lfm2 = Copy(TestPaths.RequireShared(Path.Combine(Fixtures, "tiny-random-lfm2-fp32")), dir, "lfm2");
        EditConfig(lfm2, c => c["model"]!["decoder"]!["inputs"]!["past_conv_names"] = "conv_past.%d");
        Broken(lfm2, "\"past_conv.0\"", "$.model.decoder.inputs", "conv_past.%d");

        var qwen = Copy(TestPaths.RequireShared(Path.Combine(Fixtures, "qwen3-5")), dir, "qwen");
        EditConfig(qwen, c => c["model"]!["decoder"]!["inputs"]!["attention_mask"] = "attn_mask");
        Broken(qwen, "dummy_text.onnx", "\"attention_mask\"", "attn_mask");

        var states = Copy(TinyQwen35, dir, "states");
        EditConfig(states, c => c["model"]!["decoder"]!["outputs"]!["present_key_names"] = "present.%d.k");
        Broken(states, "$.model.decoder.outputs.present_key_names", "present.3.k");
    }

    [Test]
    public void RejectsAnEndTokenMissingFromTheVocabulary()
    {
        using var dir = new TempDir();
        var folder = Copy(TestPaths.RequireShared(Path.Combine(Fixtures, "tiny-random-gpt2-fp32")), dir);
        var path = Path.Combine(folder, "tokenizer.json");
        var tokenizer = JsonNode.Parse(File.ReadAllText(path))!;
        var vocab = tokenizer["model"]!["vocab"]!.AsObject();
        var eos = vocab.Single(p => p.Value!.GetValue<int>() == 98).Key;
        vocab.Remove(eos);
        File.WriteAllText(path, tokenizer.ToJsonString());
        Broken(folder, "$.model.eos_token_id", "98", "tokenizer.json");

        var qwen = Copy(TinyQwen35, dir, "qwen");
        EditConfig(qwen, c => c["model"]!["eos_token_id"] = new JsonArray(635, 9999));
        Broken(qwen, "$.model.eos_token_id", "9999");
    }

    [TestCase("vocab_size", "$.model.vocab_size is missing")]
    [TestCase("type", "$.model.type is missing")]
    [TestCase("decoder.filename", "$.model.decoder.filename is missing")]
    [TestCase("decoder.head_size", "$.model.decoder.head_size is missing")]
    [TestCase("decoder.num_key_value_heads", "$.model.decoder.num_key_value_heads is missing")]
    public void RejectsARemovedConfigField(string field, string message)
    {
        using var dir = new TempDir();
        var folder = Copy(TestPaths.RequireShared(Path.Combine(Fixtures, "qwen3-5")), dir);
        EditConfig(folder, c =>
        {
            var parent = c["model"]!;
            var parts = field.Split('.');
            foreach (var p in parts[..^1]) parent = parent[p]!;
            parent.AsObject().Remove(parts[^1]);
        });
        Broken(folder, "genai_config.json", message);
    }

    [Test]
    public void RejectsWrongDimensionsAndTypes()
    {
        using var dir = new TempDir();
        var heads = Copy(TinyQwen35, dir, "heads");
        EditConfig(heads, c => c["model"]!["decoder"]!["num_key_value_heads"] = 3);
        Broken(heads, "$.model.decoder.num_key_value_heads is 3", "Set num_key_value_heads to 2");

        var vocab = Copy(TinyQwen35, dir, "vocab");
        EditConfig(vocab, c => c["model"]!["vocab_size"] = 700);
        Broken(vocab, "$.model.vocab_size is 700", "638");

        var type = Copy(TinyQwen35, dir, "type");
        EditConfig(type, c => c["model"]!["type"] = "whisper");
        Broken(type, "$.model.type", "whisper");
    }

    /// <summary>An operator this ONNX Runtime lacks is named, with its node, before a long run finds it.</summary>
    [Test]
    public void NamesAnOperatorThisBuildLacks()
    {
        using var dir = new TempDir();
        var folder = Copy(TinyQwen35, dir);
        var path = Path.Combine(folder, "model.onnx");
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(path));
        var node = model.Graph.Node.First(n => n.OpType == "LinearAttention");
        node.OpType = "LinearAttentionV9";
        File.WriteAllBytes(path, model.ToByteArray());
        Broken(folder, path, "LinearAttentionV9", $"\"{node.Name}\"", "not available");
    }
}
