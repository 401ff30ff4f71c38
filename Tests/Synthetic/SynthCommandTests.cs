using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Harness.Cli;

namespace QwenEval.Tests.Synthetic;
public class SynthCommandTests
{
    [Test]
    public void WritesAFolderAndReportsUsageErrorsWithExitCode2()
    {
        var root = Directory.CreateTempSubdirectory("qweneval-synth-").FullName;
        try
        {
            var folder = Path.Combine(root, "m");
            Assert.That(CliApp.Run(["models", "synth", "--arch", "qwen3_5_moe", "--int4", "--embedding-model", "--seed", "3", "--out", folder]),
                Is.EqualTo(ExitCodes.Ok));
            Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName),
                Is.EquivalentTo(new[] { "model.onnx", "embedding.onnx", "vision.onnx", "genai_config.json", "config.json", "tokenizer.json", "tokenizer_config.json" }));

            var error = new StringWriter();
            Assert.That(CliApp.Run(["models", "synth", "--arch", "qwen2", "--embedding-model", "--out", folder], error), Is.EqualTo(ExitCodes.UsageOrInput));
            Assert.That(error.ToString(), Does.Contain("--embedding-model"));
            Assert.That(CliApp.Run(["models", "synth", "--arch", "llama", "--out", folder], new StringWriter()), Is.EqualTo(ExitCodes.UsageOrInput));
            Assert.That(CliApp.Run(["models", "synth", "--size-mb", "0", "--out", folder], new StringWriter()), Is.EqualTo(ExitCodes.UsageOrInput));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
