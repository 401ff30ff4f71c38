using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Onnx.Config;

namespace QwenEval.Tests.Engine.Onnx;

/// <summary>Broken model folders fail with a UserInputException naming the file, the field and the fix.</summary>
public sealed class BadFolderTests
{
    private static readonly EngineOptions Quiet = new() { IntraOpThreads = 1, Warnings = TextWriter.Null };

    [TearDown]
    public void RemoveCopies() => Fixtures.DeleteTempCopies();

    private static UserInputException LoadFails(string dir) =>
        Assert.Catch<UserInputException>(() => OnnxModel.Load(dir, Quiet).Dispose())!;

    private static void EditConfig(string dir, Func<string, string> edit)
    {
        var file = Path.Combine(dir, GenAiConfigLoader.FileName);
        File.WriteAllText(file, edit(File.ReadAllText(file)));
    }

    [Test]
    public void MissingFolder()
    {
        var e = LoadFails(Path.Combine(Path.GetTempPath(), "no-such-model-" + Guid.NewGuid()));
        Assert.That(e.Message, Does.Contain("model folder not found"));
    }

    [Test]
    public void MissingConfig()
    {
        var dir = Fixtures.CopyToTemp(Fixtures.Gpt2);
        File.Delete(Path.Combine(dir, GenAiConfigLoader.FileName));
        Assert.That(LoadFails(dir).Message, Does.Contain("genai_config.json: not found"));
    }

    [Test]
    public void MissingOnnxFile()
    {
        var dir = Fixtures.CopyToTemp(Fixtures.Gpt2);
        File.Delete(Path.Combine(dir, "past.onnx"));
        var e = LoadFails(dir);
        Assert.That(e.Message, Does.Contain("past.onnx").And.Contain("$.model.decoder.filename").And.Contain("model file not found"));
    }

    [Test]
    public void TruncatedOnnxFile()
    {
        var dir = Fixtures.CopyToTemp(Fixtures.Gpt2);
        var file = Path.Combine(dir, "past.onnx");
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 3)]);
        var e = LoadFails(dir);
        Assert.That(e.Message, Does.Contain("past.onnx").And.Contain("could not load").And.Contain("truncated"));
    }

    [Test]
    public void InputNamesThatDoNotMatchTheGraph()
    {
        var dir = Fixtures.CopyToTemp(Fixtures.Gpt2);
        EditConfig(dir, s => s.Replace("\"past_names\" : \"past_%d\"", "\"past_key_names\" : \"past_key_%d\""));
        var e = LoadFails(dir);
        Assert.That(e.Message, Does.Contain("past_0").And.Contain("$.model.decoder.inputs").And.Contain("past_names"));
    }

    [Test]
    public void PresentNameMissingFromTheGraph()
    {
        var dir = Fixtures.CopyToTemp(Fixtures.Gpt2);
        EditConfig(dir, s => s.Replace("\"present_names\" : \"present_%d\"", "\"present_names\" : \"presents_%d\""));
        var e = LoadFails(dir);
        Assert.That(e.Message, Does.Contain("$.model.decoder.outputs.present_names").And.Contain("presents_0"));
    }

    [Test]
    public void UnsupportedModelType()
    {
        var dir = Fixtures.CopyToTemp(Fixtures.Gpt2);
        EditConfig(dir, s => s.Replace("\"type\": \"gpt2\"", "\"type\": \"whisper\""));
        var e = LoadFails(dir);
        Assert.That(e.Message, Does.Contain("$.model.type").And.Contain("whisper").And.Contain("not supported"));
    }

    [Test]
    public void DecoderTakingEmbeddingsNeedsTheEmbeddingSection()
    {
        var dir = Fixtures.CopyToTemp(Fixtures.Qwen35);
        EditConfig(dir, s => s.Replace("\"embedding\":", "\"embedding_unused\":"));
        var e = LoadFails(dir);
        Assert.That(e.Message, Does.Contain("$.model.embedding").And.Contain("inputs_embeds"));
    }

    [Test]
    public void InvalidJson()
    {
        var dir = Fixtures.CopyToTemp(Fixtures.Gpt2);
        EditConfig(dir, s => s.Replace("\"model\": {", "\"model\": {{"));
        Assert.That(LoadFails(dir).Message, Does.Contain("is not valid JSON"));
    }

    [TestCase("\"vocab_size\": 1000", "\"vocab_size\": \"many\"", "$.model.vocab_size")]
    [TestCase("\"eos_token_id\": 98", "\"eos_token_id\": [98, 5000]", "$.model.eos_token_id")]
    [TestCase("\"context_length\": 512,", "", "$.model.context_length")]
    [TestCase("\"filename\" : \"past.onnx\",", "", "$.model.decoder.filename")]
    [TestCase("\"past_names\" : \"past_%d\"", "\"past_names\" : \"past\"", "$.model.decoder.inputs.past_names")]
    public void BadFieldsNameTheirJsonPath(string from, string to, string path)
    {
        var dir = Fixtures.CopyToTemp(Fixtures.Gpt2);
        EditConfig(dir, s =>
        {
            Assert.That(s, Does.Contain(from));
            return s.Replace(from, to);
        });
        var e = LoadFails(dir);
        Assert.That(e.Message, Does.Contain(GenAiConfigLoader.FileName).And.Contain(path));
    }

    [Test]
    public void EosAsListAndSearchDefaultsAreRead()
    {
        var config = GenAiConfigLoader.Load(Fixtures.Model(Fixtures.Qwen35));
        Assert.That(config.Model.EosTokenIds, Is.EqualTo(new[] { 151645, 151643 }));
        Assert.That(config.Search.PastPresentShareBuffer, Is.True);
        Assert.That(config.Search.TopK, Is.EqualTo(1));
        Assert.That(config.Search.MaxLength, Is.EqualTo(4096));
        Assert.That(config.Model.Embedding!.Filename, Is.EqualTo("dummy_embedding.onnx"));
        Assert.That(config.Model.Vision!.Inputs["pixel_values"], Is.EqualTo("pixel_values"));
        var lfm2 = GenAiConfigLoader.Load(Fixtures.Model(Fixtures.Lfm2));
        Assert.That(lfm2.Model.Decoder.LayerTypes, Is.EqualTo(new[] { "conv", "full_attention", "conv", "full_attention" }));
        Assert.That(lfm2.Model.Decoder.ConvCacheSize, Is.EqualTo(4));
        var gpt2 = GenAiConfigLoader.Load(Fixtures.Model(Fixtures.Gpt2));
        Assert.That(gpt2.Model.Decoder.Inputs.PastNames, Is.EqualTo("past_%d"));
        Assert.That(gpt2.Model.Decoder.Session.ConfigEntries["session.use_device_allocator_for_initializers"], Is.EqualTo("0"));
        Assert.That(gpt2.Search.MaxLength, Is.EqualTo(512), "max_length defaults to context_length");
    }
}
