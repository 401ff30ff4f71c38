using NUnit.Framework;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Engine.Onnx;
using QwenEval.Prompting;
using QwenEval.Engine.Tokenization;
using QwenEval.Tasks;
using QwenEval.Tests.Support;
using QwenEval.Engine.Templates;
using QwenEval.Backends.Onnx;
using QwenEval.Engine.Generation;

namespace QwenEval.Tests.Backends.Onnx;

/// <summary>Reasoning is counted apart from the answer and capped by its budget, on the real engine.</summary>
public sealed class ThinkingTests
{
    /// <summary>A ChatML template that opens the reasoning block for the model, as Qwen3.5's does with thinking on.</summary>
    private sealed class OpensThinking : IChatTemplate
    {
        public string Render(IReadOnlyList<ChatMessage> messages, bool addGenerationPrompt, bool enableThinking) =>
            string.Concat(messages.Select(m => $"<|im_start|>{m.Role}\n{m.Content}<|im_end|>\n")) + "<|im_start|>assistant\n<think>\n";
    }

    private static readonly CodingTask Task = new("t", "t", "f", [], "easy", 1, "def f():\n    \"\"\"x\"\"\"\n", "", "", [], "");

    [Test]
    public void TrackerCountsOnlyTheReasoning()
    {
        var t = new ThinkingTracker(openId: 1, closeId: 2, budget: null, startsInside: false);
        foreach (var token in new[] { 9, 1, 5, 5, 5, 2, 7, 7 }) Assert.That(t.Observe(token), Is.True);
        Assert.That(t.Count, Is.EqualTo(5), "<think> + 3 tokens + </think>");
        Assert.That(t.Inside, Is.False);
    }

    [Test]
    public void TrackerStopsAtItsBudget()
    {
        var t = new ThinkingTracker(1, 2, budget: 3, startsInside: true);
        Assert.That(new[] { 5, 5 }.Select(t.Observe), Is.All.True);
        Assert.That(t.Observe(5), Is.False);
        Assert.That(t.Exhausted, Is.True);
    }

    [TestCase("<|im_start|>assistant\n<think>\n", true)]
    [TestCase("<|im_start|>assistant\n<think>\n\n</think>\n\n", false)]
    [TestCase("<|im_start|>assistant\n", false)]
    [TestCase("<|im_start|>user\n<think>\n<|im_end|>\n<|im_start|>assistant\n", false)]
    public void PromptThatOpensThinkingIsRecognised(string prompt, bool opens) =>
        Assert.That(ThinkingTracker.PromptOpensThinking(prompt), Is.EqualTo(opens));

    [Test]
    public void BudgetClosesTheReasoningAndTheModelAnswersInWhatIsLeft()
    {
        var folder = Path.Combine(TestPaths.Root, "models", "tiny-qwen35");
        var tokenizer = TokenizerLoader.Load(folder);
        using var backend = OnnxBackend.Create(OnnxModel.Load(folder), tokenizer, new OpensThinking(), TestSettings.Of(DecodingConfig.Greedy, thinking: true, budget: 6));
        var result = backend.Generate(new GenerationRequest([new ChatMessage("user", "hi")], 1, 200), CancellationToken.None);
        Assert.That(result.ThinkingTokens, Is.EqualTo(6));
        Assert.That(result.Text, Does.Contain("I have to give the solution based on the thinking directly now.\n</think>\n\n"));
        Assert.That(result.GeneratedTokens, Is.LessThanOrEqualTo(201));
        var afterThinking = result.Text[(result.Text.IndexOf("</think>", StringComparison.Ordinal) + 8)..];
        Assert.That(afterThinking.Trim(), Is.Not.Empty, "the model went on to answer after the reasoning was closed");
    }

    [Test]
    public void NoRoomForAnAnswerStopsInsideTheReasoning()
    {
        var folder = Path.Combine(TestPaths.Root, "models", "tiny-qwen35");
        using var backend = OnnxBackend.Create(OnnxModel.Load(folder), TokenizerLoader.Load(folder), new OpensThinking(), TestSettings.Of(DecodingConfig.Greedy, thinking: true, budget: 6));
        var result = backend.Generate(new GenerationRequest([new ChatMessage("user", "hi")], 1, 10), CancellationToken.None);
        Assert.That(result.Finish, Is.EqualTo(FinishReason.Length));
        Assert.That(result.Text, Does.Not.Contain("</think>"));
        Assert.That(result.GeneratedTokens, Is.LessThanOrEqualTo(10));
    }

    [Test]
    public void WithoutThinkingNothingIsCounted()
    {
        var folder = Path.Combine(TestPaths.Root, "models", "tiny-qwen35");
        using var backend = OnnxBackend.Create(OnnxModel.Load(folder), TokenizerLoader.Load(folder),
            QwenEval.Engine.Templates.ChatTemplateLoader.Load(folder), TestSettings.Of(DecodingConfig.Greedy));
        var result = backend.Generate(new GenerationRequest([new ChatMessage("user", "hi")], 1, 20), CancellationToken.None);
        Assert.That(result.ThinkingTokens, Is.Zero);
    }
}
