using NUnit.Framework;
using QwenEval.Engine.GenAi;
using QwenEval.Engine.Generation;
using QwenEval.Engine.Onnx;
using QwenEval.Synthetic;
using QwenEval.Synthetic.Tokenizer;
using QwenEval.Tests.Engine.Onnx;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Engine.GenAi;

/// <summary>
/// ONNX Runtime GenAI and the built-in engine, greedy, on every folder the project can get: the same prompt ids
/// must give the same ids, token for token, for at least 100 new tokens (or up to the folder's context).
/// </summary>
public sealed class RuntimeParityTests
{
    private static readonly int[][] Prompts =
    [
        [1, 2, 3, 4],
        [10, 20, 30, 40, 50, 60, 70, 80],
        [5, 17, 29, 41, 53, 65, 77, 89, 101, 113, 125, 137, 149, 161, 173, 185, 197, 209, 221, 233],
    ];

    private static TempDir? _generated;

    [OneTimeTearDown]
    public void DeleteGenerated() => _generated?.Dispose();

    private static void AssertParity(string folder)
    {
        using var builtin = new OnnxTokenRuntime(OnnxModel.Load(folder, new EngineOptions { IntraOpThreads = 1 }));
        using var genai = new GenAiRuntime(folder, "cpu", intraOpThreads: 1);
        Assert.That(genai.ContextLength, Is.EqualTo(builtin.ContextLength));
        foreach (var prompt in Prompts)
        {
            var maxLength = Math.Min(prompt.Length + 110, builtin.ContextLength);
            var expected = GreedyIds.Continue(builtin, prompt, maxLength);
            var actual = GreedyIds.Continue(genai, prompt, maxLength);
            Assert.That(actual, Is.EqualTo(expected), $"{Path.GetFileName(folder)}: prompt of {prompt.Length} tokens");
            Assert.That(expected.Count, Is.GreaterThanOrEqualTo(Math.Min(100, maxLength - prompt.Length)).Or.LessThan(maxLength - prompt.Length),
                "ran to the length asked, unless an end token came first");
        }
    }

    [TestCase("tiny-random-gpt2-fp32")]
    [TestCase("tiny-qwen35-cuda")]
    [TestCase("tiny-random-lfm2-fp32")]
    [TestCase("qwen3-5")]
    public void GenAiTestFolders(string name) => AssertParity(Fixtures.Model(name));

    [TestCase("tiny-qwen2")]
    [TestCase("tiny-qwen35")]
    public void ProjectFolders(string name) => AssertParity(Path.Combine(TestPaths.Root, "models", name));

    [TestCase(SyntheticArch.Qwen2, false, false, null)]
    [TestCase(SyntheticArch.Qwen2, true, false, null)]
    [TestCase(SyntheticArch.Qwen35, false, false, null)]
    [TestCase(SyntheticArch.Qwen35, true, false, null)]
    [TestCase(SyntheticArch.Qwen35Moe, false, false, null)]
    [TestCase(SyntheticArch.Qwen35Moe, true, false, null)]
    [TestCase(SyntheticArch.Qwen35, false, true, null)]
    [TestCase(SyntheticArch.Qwen35Moe, false, true, null)]
    [TestCase(SyntheticArch.Qwen35, false, false, 40)]
    public void GeneratedFolders(SyntheticArch arch, bool int4, bool embeddingModel, int? sizeMb) =>
        AssertParity(Generate(arch, int4, embeddingModel, sizeMb));

    [Test]
    [Category("Slow")]
    public void GeneratedFolderOver300MB()
    {
        var folder = Generate(SyntheticArch.Qwen35, int4: false, embeddingModel: false, sizeMb: 320);
        Assert.That(Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length), Is.GreaterThan(300L << 20));
        AssertParity(folder);
    }

    /// <summary>Refused folders are named before a run: the qwen3_5 layout without a vision model is what GenAI rejects.</summary>
    [Test]
    public void TheEmbeddingLayoutWithoutVisionIsRefusedWithTheReason()
    {
        var folder = Generate(SyntheticArch.Qwen35, int4: false, embeddingModel: true, sizeMb: null, name: "novision");
        var config = Path.Combine(folder, "genai_config.json");
        File.WriteAllText(config, System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(config))!.AsObject() is var o && o["model"]!.AsObject().Remove("vision") ? o.ToJsonString() : "");
        Assert.That(GenAiAcceptance.Check(folder, "cpu", load: false), Does.Contain("$.model.vision.filename"));
        Assert.That(GenAiAcceptance.Check(Generate(SyntheticArch.Qwen35, false, true, null), "cpu", load: true), Is.Null);
    }

    private static string Generate(SyntheticArch arch, bool int4, bool embeddingModel, int? sizeMb, string? name = null)
    {
        _generated ??= new TempDir();
        var folder = Path.Combine(_generated.Path, name ?? $"{arch}-{int4}-{embeddingModel}-{sizeMb}");
        if (Directory.Exists(folder) && name is null) return folder;
        var spec = DefaultSpecs.For(arch) with { Int4 = int4, SeparateEmbedding = embeddingModel };
        if (sizeMb is { } mb) spec = ModelSizing.ForTargetBytes(spec, mb * 1024L * 1024L, new SyntheticTokenizer().VocabSize);
        TinyModelGenerator.Generate(spec, folder);
        return folder;
    }
}
