using NUnit.Framework;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Onnx.Config;
using QwenEval.Engine.Onnx.Search;

namespace QwenEval.Tests.Engine.Onnx;

/// <summary>Sampling reproducibility, stopping rules and the search building blocks, on the gpt2 fixture and on plain numbers.</summary>
public sealed class SearchTests
{
    private OnnxModel _model = null!;

    [OneTimeSetUp]
    public void Load() => _model = OnnxModel.Load(Fixtures.Model(Fixtures.Gpt2), new EngineOptions { IntraOpThreads = 1 });

    [OneTimeTearDown]
    public void Unload() => _model?.Dispose();

    private static SearchOptions Sampling(ulong seed) =>
        new() { MaxLength = 40, DoSample = true, TopK = 0, TopP = 0.95f, Temperature = 1.5f, Seed = seed };

    [Test]
    public void SamplingWithASeedIsReproducible()
    {
        var generator = new OnnxGenerator(_model);
        var a = generator.Generate([[0, 0, 0, 52]], Sampling(42)).Sequences[0];
        var b = generator.Generate([[0, 0, 0, 52]], Sampling(42)).Sequences[0];
        Assert.That(b, Is.EqualTo(a));
    }

    [Test]
    public void SamplingDiffersAcrossSeeds()
    {
        var generator = new OnnxGenerator(_model);
        var outputs = Enumerable.Range(1, 4).Select(s => string.Join(",", generator.Generate([[0, 0, 0, 52]], Sampling((ulong)s)).Sequences[0])).ToList();
        Assert.That(outputs.Distinct().Count(), Is.GreaterThan(1));
    }

    [Test]
    public void TopKOfOneIsGreedyWhateverTheSeed()
    {
        var generator = new OnnxGenerator(_model);
        var greedy = generator.Generate([[0, 0, 0, 52]], new SearchOptions { MaxLength = 5 }).Sequences[0];
        // top_k 1 is greedy in GenAI, whatever the seed.
        var topOne = generator.Generate([[0, 0, 0, 52]], new SearchOptions { MaxLength = 5, DoSample = true, TopK = 1, Seed = 9 }).Sequences[0];
        Assert.That(topOne, Is.EqualTo(greedy));
    }

    [Test]
    public void EndTokenStopsGenerationAndIsNotAppendedForTheLastRow()
    {
        var config = _model.Config;
        // Make the token greedy picks first (204) an end token: GenAI stops without appending it.
        var eosModel = config.Model with { EosTokenIds = [204] };
        var search = new GreedySearch(eosModel, new SearchOptions { MaxLength = 10 }, NewSequences([0, 0, 0, 52], 10));
        var scores = new float[config.Model.VocabSize];
        scores[204] = 5;
        search.Step(scores);
        Assert.That(search.IsDone, Is.True);
        Assert.That(search.Results()[0], Is.EqualTo(new[] { 0, 0, 0, 52 }));
    }

    [Test]
    public void MaxNewTokensCapsTheGeneratedPart()
    {
        var output = new OnnxGenerator(_model).Generate([[0, 0, 0, 52]], new SearchOptions { MaxLength = 100, MaxNewTokens = 3 });
        Assert.That(output.Sequences[0], Is.EqualTo(new[] { 0, 0, 0, 52, 204, 204, 204 }));
    }

    [Test]
    public void CallbackSeesEveryTokenAndCanStop()
    {
        var seen = new List<int>();
        var output = new OnnxGenerator(_model).Generate([[0, 0, 195, 731]], new SearchOptions { MaxLength = 50 },
            tokens => { seen.Add(tokens[0]); return seen.Count < 3; });
        Assert.That(output.StoppedByCallback, Is.True);
        Assert.That(seen, Is.EqualTo(new[] { 731, 114, 114 }));
    }

    [Test]
    public void CancellationStopsGeneration()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() =>
            new OnnxGenerator(_model).Generate([[0, 0, 0, 52]], new SearchOptions { MaxLength = 10 }, null, cts.Token));
    }

    [Test]
    public void SeededRandomIsFixedAcrossRuns()
    {
        // xoshiro256** from SplitMix64(0): pinned so a change of algorithm cannot slip in unnoticed.
        var r = new Xoshiro256StarStar(0);
        var first = r.NextULong();
        Assert.That(new Xoshiro256StarStar(0).NextULong(), Is.EqualTo(first));
        Assert.That(new Xoshiro256StarStar(1).NextULong(), Is.Not.EqualTo(first));
        Assert.That(Enumerable.Range(0, 1000).Select(_ => r.NextDouble()).All(d => d is >= 0 and < 1), Is.True);
    }

    [Test]
    public void SamplerFollowsTheDistribution()
    {
        var sampler = new TokenSampler(4);
        var random = new Xoshiro256StarStar(7);
        float[] logits = [MathF.Log(0.5f), MathF.Log(0.3f), MathF.Log(0.2f), float.NegativeInfinity];
        var counts = new int[4];
        for (var i = 0; i < 20000; i++) counts[sampler.Sample(logits, 0, 1f, 1f, random)]++;
        Assert.That(counts[3], Is.Zero);
        Assert.That(counts[0] / 20000.0, Is.EqualTo(0.5).Within(0.02));
        Assert.That(counts[1] / 20000.0, Is.EqualTo(0.3).Within(0.02));
        // top_p 0.6 keeps the two best (0.5 + 0.3 >= 0.6); top_k 2 the same two.
        for (var i = 0; i < 1000; i++)
        {
            Assert.That(sampler.Sample(logits, 0, 0.6f, 1f, random), Is.LessThan(2));
            Assert.That(sampler.Sample(logits, 2, 0f, 1f, random), Is.LessThan(2));
        }
    }

    [Test]
    public void TopSelectorOrdersBestFirstWithLowerIndexOnTies()
    {
        var top = new TopSelector(8);
        top.Select([1f, 5f, 3f, 5f, 2f, 9f], 4);
        Assert.That(top.Indices(4).ToArray(), Is.EqualTo(new[] { 5, 1, 3, 2 }));
    }

    [Test]
    public void RepetitionPenaltyAndMinLengthFollowGenai()
    {
        var penalties = new LogitsPenalties(minLength: 5, repetitionPenalty: 2f, eosTokenIds: [3], vocabSize: 4);
        float[] logits = [4f, -4f, 1f, 7f];
        penalties.Apply(logits, [0, 1, 0]);
        Assert.That(logits, Is.EqualTo(new[] { 2f, -8f, 1f, float.MinValue }));
    }

    private static Sequences NewSequences(int[] prompt, int maxLength)
    {
        var s = new Sequences(1, maxLength);
        s.SetPrompt(prompt, prompt.Length, 1);
        return s;
    }
}
