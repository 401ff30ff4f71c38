using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Templates;
using QwenEval.Engine.Tokenization;
using QwenEval.Tests.Support;
using QwenEval.Backends.Onnx;

namespace QwenEval.Tests.Backends.Onnx;

public sealed class OnnxBackendErrorTests
{
    [Test]
    public void TokenizerLargerThanTheModelsVocabIsNamed()
    {
        var qwen3 = TestPaths.RequireShared("fixtures/qwen3-tokenizer");
        var folder = Path.Combine(TestPaths.Root, "models", "tiny-qwen35");
        var e = Assert.Throws<UserInputException>(() =>
            OnnxBackend.Create(OnnxModel.Load(folder), TokenizerLoader.Load(qwen3), ChatTemplateLoader.Load(folder), TestSettings.Of(DecodingConfig.Greedy)));
        Assert.That(e!.Message, Does.Contain("tokenizer.json: the tokenizer has 151669 tokens").And.Contain("$.model.vocab_size is 638"));
    }
}
