using NUnit.Framework;
using QwenEval.Reports.Charts;
using QwenEval.Reports.Scoring;
using QwenEval.Core;

namespace QwenEval.Tests.Reports;

public sealed class IntervalTests
{
    [TestCase(0, 10, 0.0, 0.2775)]
    [TestCase(10, 10, 0.7225, 1.0)]
    [TestCase(5, 10, 0.2366, 0.7634)]
    [TestCase(81, 263, 0.2553, 0.3662)]
    public void WilsonMatchesPublishedValues(int k, int n, double low, double high)
    {
        var i = Intervals.Wilson(k, n);
        Assert.That(i.Low, Is.EqualTo(low).Within(5e-4));
        Assert.That(i.High, Is.EqualTo(high).Within(5e-4));
    }

    [Test]
    public void BootstrapIsDeterministicAndBracketsTheMean()
    {
        var rates = Enumerable.Range(0, 100).Select(i => i % 3 == 0 ? 1.0 : 0.0).ToList();
        var a = Intervals.BootstrapMean(rates);
        var b = Intervals.BootstrapMean(rates);
        Assert.That(a, Is.EqualTo(b));
        Assert.That(a.Low, Is.LessThan(0.34).And.GreaterThan(0.2));
        Assert.That(a.High, Is.GreaterThan(0.34).And.LessThan(0.48));
    }

    [Test]
    public void ParetoFrontierKeepsOnlyModelsNothingSmallerBeats()
    {
        ModelScore S(string name, long bytes, int pass) => ModelScore.From(new ModelFacts(name, "onnx", bytes, bytes),
            Enumerable.Range(0, 10).Select(i => new SampleOutcome(name, $"t{i}", 0, i < pass ? SampleStatus.Pass : SampleStatus.Fail)));
        var scores = new[] { S("big-bad", 30, 4), S("small", 10, 5), S("big-good", 40, 8), S("mid", 20, 6) };
        Assert.That(QwenEval.Reports.Charts.PassVsMemoryChart.ParetoFrontier(scores).Select(s => s.Model.Name), Is.EqualTo(new[] { "small", "mid", "big-good" }));
    }

    [TestCase(32, 21.333)]
    [TestCase(64, 48.0)]
    [TestCase(16, 10.667)]
    public void MacGpuWiredShareFollowsReportedDefaults(double machine, double wired) =>
        Assert.That(new MemoryBudget(machine).GpuWiredGiB, Is.EqualTo(wired).Within(1e-3));
}
