using NUnit.Framework;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Onnx.Search;
using QwenEval.Synthetic;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Engine.Onnx;

/// <summary>
/// A kept state must never change what is generated: the next draw of a prompt returns to the state right after
/// it, a conversation that grew runs on from the cache, and anything else starts afresh.
/// </summary>
public sealed class PrefixReuseTests
{
    private static readonly EngineOptions OneThread = new() { IntraOpThreads = 1, Warnings = TextWriter.Null };

    private static readonly int[] Prompt = [5, 17, 3, 44, 9, 21, 8, 30, 11, 42, 7];

    // Sampling over flat logits: any difference in the restored state shows in the draws.
    private static SearchOptions Draw(ulong seed, int maxLength = 30) =>
        new() { MaxLength = maxLength, DoSample = true, TopK = 0, TopP = 1f, Seed = seed };

    public static IEnumerable<TestCaseData> Layouts()
    {
        // The project's folders are the sensitive ones (the upstream fixtures barely depend on earlier tokens):
        // tiny-qwen2 attention only, tiny-qwen35 DeltaNet recurrent and conv states, a generated Qwen3.5 MoE behind an
        // embedding model in int4. Upstream: GPT-2, LFM2 conv states, qwen3-5, and tiny-qwen35-cuda's
        // GroupQueryAttention both with its shared fp16 past/present buffer and with a growing cache.
        foreach (var folder in new[] { "models/tiny-qwen2", "models/tiny-qwen35", Generated, Fixtures.Gpt2, Fixtures.Lfm2, Fixtures.Qwen35 })
            yield return new TestCaseData(folder, (bool?)null).SetName(folder);
        yield return new TestCaseData(Fixtures.Qwen35Cuda, (bool?)true).SetName($"{Fixtures.Qwen35Cuda}, shared buffer");
        yield return new TestCaseData(Fixtures.Qwen35Cuda, (bool?)false).SetName($"{Fixtures.Qwen35Cuda}, growing cache");
    }

    private const string Generated = "generated qwen3.5 moe int4 embedding";
    private static TempDir? _generated;

    [OneTimeTearDown]
    public void DeleteGenerated() => _generated?.Dispose();

    private static OnnxModel Load(string folder)
    {
        if (folder == Generated && _generated is null)
        {
            _generated = new TempDir();
            TinyModelGenerator.Generate(DefaultSpecs.For(SyntheticArch.Qwen35Moe) with { Int4 = true, SeparateEmbedding = true }, Path.Combine(_generated.Path, "moe"));
        }
        var path = folder == Generated ? Path.Combine(_generated!.Path, "moe")
            : folder.StartsWith("models/", StringComparison.Ordinal) ? Path.Combine(TestPaths.Root, folder)
            : Fixtures.Model(folder);
        return OnnxModel.Load(path, OneThread);
    }

    [TestCaseSource(nameof(Layouts))]
    public void DrawsOfOnePromptEqualDrawsPrefilledAfresh(string fixture, bool? share)
    {
        using var model = Load(fixture);
        using var reusing = new OnnxGenerator(model) { ReusePrefix = true, ShareBuffer = share };
        var fresh = new OnnxGenerator(model) { ShareBuffer = share };
        for (ulong seed = 1; seed <= 5; seed++)
        {
            var kept = reusing.Generate([Prompt], Draw(seed));
            var alone = fresh.Generate([Prompt], Draw(seed));
            Assert.That(kept.Sequences[0], Is.EqualTo(alone.Sequences[0]), $"draw {seed}");
            // The first draw prefills; every later one returns to the checkpoint after the prompt.
            Assert.That(kept.CachedTokens, Is.EqualTo(seed == 1 ? 0 : Prompt.Length), $"draw {seed}");
        }
    }

    [TestCaseSource(nameof(Layouts))]
    public void AConversationThatGrewRunsOnlyItsNewTokens(string fixture, bool? share)
    {
        using var model = Load(fixture);
        using var reusing = new OnnxGenerator(model) { ReusePrefix = true, ShareBuffer = share };
        var fresh = new OnnxGenerator(model) { ShareBuffer = share };
        var greedy = new SearchOptions { MaxLength = 20 };
        var first = reusing.Generate([Prompt], greedy).Sequences[0];
        // The next turn: everything so far, then a "tool result" of new tokens.
        int[] next = [.. first, 13, 14, 15, 16, 12];
        var turn = reusing.Generate([next], new SearchOptions { MaxLength = next.Length + 12, MinLength = next.Length + 12 });
        var alone = fresh.Generate([next], new SearchOptions { MaxLength = next.Length + 12, MinLength = next.Length + 12 });

        Assert.That(turn.Sequences[0], Is.EqualTo(alone.Sequences[0]));
        // All but the last generated token of the first turn were in the cache (the last one was chosen, never run).
        Assert.That(turn.CachedTokens, Is.EqualTo(first.Length - 1));
    }

    [TestCaseSource(nameof(Layouts))]
    public void AnUnrelatedOrShorterPromptGivesWhatAFreshPrefillGives(string fixture, bool? share)
    {
        using var model = Load(fixture);
        using var reusing = new OnnxGenerator(model) { ReusePrefix = true, ShareBuffer = share };
        var fresh = new OnnxGenerator(model) { ShareBuffer = share };
        int[] longer = [.. Prompt, 50, 51, 52, 53];
        int[] other = [60, 61, 62, 63, 64];
        int[] branch = [.. Prompt[..6], 70, 71];
        foreach (var (prompt, seed) in new[] { (longer, 1UL), (Prompt, 2UL), (other, 3UL), (branch, 4UL), (Prompt, 5UL), (Prompt, 6UL) })
        {
            var kept = reusing.Generate([prompt], Draw(seed, prompt.Length + 15));
            var alone = fresh.Generate([prompt], Draw(seed, prompt.Length + 15));
            Assert.That(kept.Sequences[0], Is.EqualTo(alone.Sequences[0]), $"prompt of {prompt.Length}, seed {seed}");
        }
    }

    [Test]
    public void ABatchOrBeamSearchNeverTouchesTheKeptState()
    {
        using var model = OnnxModel.Load(Fixtures.Model(Fixtures.Gpt2), OneThread);
        using var reusing = new OnnxGenerator(model) { ReusePrefix = true };
        reusing.Generate([Prompt], Draw(1));
        var beams = reusing.Generate([Prompt], new SearchOptions { MaxLength = 20, NumBeams = 3 });
        var again = reusing.Generate([Prompt], Draw(2));

        Assert.That(beams.CachedTokens, Is.Zero);
        Assert.That(again.CachedTokens, Is.EqualTo(Prompt.Length));
        Assert.That(again.Sequences[0], Is.EqualTo(new OnnxGenerator(model).Generate([Prompt], Draw(2)).Sequences[0]));
    }
}
