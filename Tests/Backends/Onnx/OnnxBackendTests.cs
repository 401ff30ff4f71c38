using System.Globalization;
using NUnit.Framework;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Engine.Onnx;
using QwenEval.Prompting;
using QwenEval.Engine.Tokenization;
using QwenEval.Tasks;
using QwenEval.Engine.Templates;
using QwenEval.Backends.Onnx;
using QwenEval.Tests.Engine.Onnx;
using QwenEval.Tests.Support;
using QwenEval.Backends;

namespace QwenEval.Tests.Backends.Onnx;

/// <summary>The backend end to end on the gpt2 fixture, with a stand-in tokenizer and template (ids written as text).</summary>
public sealed class OnnxBackendTests
{
    /// <summary>"0,0,0,52" ↔ [0,0,0,52]: enough to drive the backend without a real tokenizer.</summary>
    private sealed class IdsAsText : ITextTokenizer
    {
        public int VocabSize => 1000;
        public IReadOnlyList<int> Encode(string text) => text.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        public string Decode(IEnumerable<int> ids, bool skipSpecial = false) => string.Join(",", ids);
        public int? TokenToId(string token) => null;
    }

    /// <summary>Renders the last user message as is, and records the flags it was called with.</summary>
    private sealed class LastMessage : IChatTemplate
    {
        public bool? EnableThinking { get; private set; }

        public string Render(IReadOnlyList<ChatMessage> messages, bool addGenerationPrompt, bool enableThinking)
        {
            EnableThinking = enableThinking;
            return messages[^1].Content;
        }
    }

    private static GenerationRequest Request(string promptIds, int maxNew, ulong seed = 0) => new(
        [new ChatMessage("user", promptIds)], seed, maxNew);

    private static ChatBackend Backend(string dir, DecodingConfig decoding, IChatTemplate? template = null) =>
        OnnxBackend.Create(OnnxModel.Load(dir, new EngineOptions { IntraOpThreads = 1 }), new IdsAsText(), template ?? new LastMessage(), TestSettings.Of(decoding, thinking: true));

    [Test]
    public void GreedyAnswerIsTheNewTokensAndCountsAddUp()
    {
        var template = new LastMessage();
        using var backend = Backend(Fixtures.Model(Fixtures.Gpt2), DecodingConfig.Greedy, template);
        var result = backend.Generate(Request("0,0,0,52", 6), CancellationToken.None);

        Assert.That(result.Text, Is.EqualTo("204,204,204,204,204,204"));
        Assert.That(result.Finish, Is.EqualTo(FinishReason.Length));
        Assert.That(result.PromptTokens, Is.EqualTo(4));
        Assert.That(result.GeneratedTokens, Is.EqualTo(6));
        Assert.That(result.TimeToFirstTokenMs, Is.GreaterThan(0).And.LessThanOrEqualTo(result.TotalMs));
        Assert.That(template.EnableThinking, Is.True);
    }

    [Test]
    public void EndTokenStopsWithReasonStopAndIsNotInTheText()
    {
        var dir = Fixtures.CopyToTemp(Fixtures.Gpt2);
        try
        {
            var config = Path.Combine(dir, "genai_config.json");
            File.WriteAllText(config, File.ReadAllText(config).Replace("\"eos_token_id\": 98", "\"eos_token_id\": [5, 114]"));
            using var backend = Backend(dir, DecodingConfig.Greedy);
            // Greedy continues 0,0,195,731 with 731 then 114 (see the GenAI reference output): 114 now ends it.
            var result = backend.Generate(Request("0,0,195,731", 20), CancellationToken.None);
            Assert.That(result.Text, Is.EqualTo("731"));
            Assert.That(result.Finish, Is.EqualTo(FinishReason.Stop));
            Assert.That(result.GeneratedTokens, Is.EqualTo(2));
        }
        finally
        {
            Fixtures.DeleteTempCopies();
        }
    }

    [Test]
    public void SamplingSeedComesFromTheRequest()
    {
        var sample = new DecodingConfig(DecodingMode.Sample, 1.5, 0.95, 0, 0, []);
        using var backend = Backend(Fixtures.Model(Fixtures.Gpt2), sample);
        var a = backend.Generate(Request("0,0,0,52", 30, seed: 11), CancellationToken.None).Text;
        var b = backend.Generate(Request("0,0,0,52", 30, seed: 11), CancellationToken.None).Text;
        var others = Enumerable.Range(12, 4).Select(s => backend.Generate(Request("0,0,0,52", 30, seed: (ulong)s), CancellationToken.None).Text);
        Assert.That(b, Is.EqualTo(a));
        Assert.That(others.Append(a).Distinct().Count(), Is.GreaterThan(1));
    }

    [Test]
    public void PromptLongerThanTheContextGivesAnEmptyTruncatedAnswer()
    {
        using var backend = Backend(Fixtures.Model(Fixtures.Gpt2), DecodingConfig.Greedy);
        var longPrompt = string.Join(",", Enumerable.Repeat("7", 600));
        var result = backend.Generate(Request(longPrompt, 5), CancellationToken.None);
        Assert.That(result.Text, Is.Empty);
        Assert.That(result.Finish, Is.EqualTo(FinishReason.Length));
        Assert.That(result.PromptTokens, Is.EqualTo(600));
    }
}
