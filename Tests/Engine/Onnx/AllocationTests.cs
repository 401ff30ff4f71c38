using NUnit.Framework;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Onnx.Search;

namespace QwenEval.Tests.Engine.Onnx;

/// <summary>Steady-state decode must not allocate managed memory per token beyond a few tensor handles (no timing here).</summary>
public sealed class AllocationTests
{
    [TestCase(Fixtures.Gpt2, 1024)]
    [TestCase(Fixtures.Lfm2, 1024)]
    [TestCase(Fixtures.Qwen35Cuda, 256)]
    [TestCase(Fixtures.Qwen35, 256)]
    public void DecodeStepsAllocateLittle(string fixture, int maxBytesPerToken) =>
        Measure(fixture, maxBytesPerToken, new SearchOptions());

    [Test]
    public void SamplingStepsAllocateLittle() =>
        Measure(Fixtures.Gpt2, 1024, new SearchOptions { DoSample = true, TopK = 40, TopP = 0.9f, Temperature = 0.8f, Seed = 1 });

    private static void Measure(string fixture, int maxBytesPerToken, SearchOptions baseline)
    {
        using var model = OnnxModel.Load(Fixtures.Model(fixture), new EngineOptions { IntraOpThreads = 1, Warnings = TextWriter.Null });
        var generator = new OnnxGenerator(model);
        const int steps = 100;
        var search = baseline with { MaxLength = 4 + steps, MinLength = 4 + steps };
        generator.Generate([[1, 2, 3, 4]], search); // warm-up: JIT and ORT's lazy setup
        long atStart = 0, atEnd = 0;
        var step = 0;
        generator.Generate([[1, 2, 3, 4]], search, _ =>
        {
            if (step == 20) atStart = GC.GetAllocatedBytesForCurrentThread();
            if (step == 90) atEnd = GC.GetAllocatedBytesForCurrentThread();
            step++;
            return true;
        });
        var perToken = (atEnd - atStart) / 70.0;
        TestContext.Out.WriteLine($"{fixture}: {perToken:0} bytes per token");
        Assert.That(perToken, Is.LessThan(maxBytesPerToken));
    }
}
