using NUnit.Framework;
using QwenEval.Synthetic;
using QwenEval.Harness.Cli;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Synthetic;

/// <summary>
/// The folders under models/ are generator output: regenerating them with the documented parameters
/// (models/README.md) must reproduce every byte, so the committed files can always be traced to the code.
/// </summary>
public class CommittedModelFolderTests
{
    [TestCase("tiny-qwen2", SyntheticArch.Qwen2)]
    [TestCase("tiny-qwen35", SyntheticArch.Qwen35)]
    public void RegeneratingReproducesTheCommittedFolder(string name, SyntheticArch arch)
    {
        var committed = Path.Combine(TestPaths.Root, "models", name);
        var fresh = Directory.CreateTempSubdirectory("qweneval-synth-").FullName;
        try
        {
            TinyModelGenerator.Generate(DefaultSpecs.For(arch), fresh);
            Assert.That(GeneratedFolderTests.Hashes(fresh), Is.EqualTo(GeneratedFolderTests.Hashes(committed)),
                $"models/{name} differs from the generator's output; regenerate it with the command in models/README.md");
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }
    }

    [Test]
    public void CommittedQwen2FolderDecodesLikeTheReference()
    {
        var folder = Path.Combine(TestPaths.Root, "models", "tiny-qwen2");
        var model = TinyModelGenerator.Create(DefaultSpecs.For(SyntheticArch.Qwen2));
        int[] prompt = [model.Tokenizer.Id("<|im_start|>"), 10, 200, 300, 400];
        var expected = new ReferenceForward(model).Logits(prompt);
        using var decoder = new OrtStepDecoder(folder, model.Spec, shareBuffer: true);
        var actual = decoder.Run(prompt, [3, 1, 1]);
        for (int t = 0; t < prompt.Length; t++)
            Assert.That(actual[t], Is.EqualTo(expected[t]).Within(1e-3f), $"position {t}");
    }

}
