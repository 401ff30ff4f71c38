using NUnit.Framework;
using QwenEval.Harness.Cli;
using QwenEval.Harness.Config;
using QwenEval.Harness.Models.Onnx;
using QwenEval.Harness.Prompting.Templates;
using QwenEval.Harness.Tokenization;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Models;

public sealed class OnnxBackendErrorTests
{
    [Test]
    public void TokenizerLargerThanTheModelsVocabIsNamed()
    {
        var qwen3 = RepoPaths.RequireShared("fixtures/qwen3-tokenizer");
        var folder = Path.Combine(RepoPaths.Root, "models", "tiny-qwen35");
        var e = Assert.Throws<UserInputException>(() =>
            new OnnxBackend(OnnxModel.Load(folder), TokenizerLoader.Load(qwen3), ChatTemplateLoader.Load(folder), DecodingConfig.Greedy, false));
        Assert.That(e!.Message, Does.Contain("tokenizer.json: the tokenizer has 151669 tokens").And.Contain("$.model.vocab_size is 638"));
    }
}
