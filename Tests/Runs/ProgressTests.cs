using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Runs;

namespace QwenEval.Tests.Runs;

/// <summary>What a run shows while it goes: status counts per model, and the machine's load while it generates.</summary>
public sealed class ProgressTests
{
    [Test]
    public void TallyCountsEveryStatusAndShowsOthersOnlyWhenTheyOccur()
    {
        var t = new ModelTally(10, 2);
        t.Judge(SampleStatus.Pass);
        t.Judge(SampleStatus.Truncated);
        t.Judge(SampleStatus.Truncated);
        t.Add(300, 1000);
        Assert.That(t.Describe(), Does.StartWith("5/10 judged; this session pass 1, fail 0, error 0, truncated 2; 300.0 tok/s"));
    }

    [Test]
    public void LoadIsReadWhileAModelGeneratesAndOnlyThen()
    {
        var readings = new Queue<double?>([1.5, 3.5]);
        var lines = new StringWriter();
        var sampler = new LoadSampler(new PlainProgress(lines), () => readings.Dequeue());
        sampler.ModelStarted("reference", 2, 0, 2);
        sampler.SampleGenerated("reference", 0, 0);
        sampler.ModelStarted("tiny", 3, 0, 3);
        sampler.SampleGenerated("tiny", 50, 100);
        sampler.SampleGenerated("tiny", 50, 100);
        var load = sampler.Readings.Single();
        Assert.That(load.Model, Is.EqualTo("tiny"), "a pseudo-model generates no tokens: no reading");
        Assert.That(load.Samples, Is.EqualTo(1), "at most one reading per interval");
        Assert.That(load.Mean, Is.EqualTo(1.5));
        Assert.That(lines.ToString(), Does.Contain("[tiny] 3 samples"), "events reach the view it wraps");
    }
}
